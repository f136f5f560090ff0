import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    max_tokens: number;
    system?: string;
    messages: { role: string; content: string }[];
    temperature?: number;
  };
}

export interface FakeAnthropic {
  /** Base URL for the SDK (`ANTHROPIC_BASE_URL`). */
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

/**
 * A local HTTP server speaking the Anthropic Messages API wire format (`POST /v1/messages`),
 * for tests that go through the real SDK. `reply` gives the text for a request (default:
 * "echo: " + the first 40 characters of the last user message); usage counts characters / 4.
 * `delayMs` holds each answer back that long (a slow model: calls overlap).
 */
export function startFakeAnthropic(
  reply: (req: FakeRequest) => string | { status: number; error: string } = (r) =>
    `echo: ${r.body.messages.at(-1)?.content.slice(0, 40) ?? ""}`,
  options: { delayMs?: number } = {},
): Promise<FakeAnthropic> {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (d: string) => {
      raw += d;
    });
    req.on("end", () => {
      const body = JSON.parse(raw || "{}") as FakeRequest["body"];
      const entry: FakeRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body,
      };
      requests.push(entry);
      const answer = req.url?.startsWith("/v1/messages") ? reply(entry) : { status: 404, error: "not found" };
      if (options.delayMs === undefined) respond(res, body, answer);
      else setTimeout(() => respond(res, body, answer), options.delayMs);
    });
  });
  function respond(
    res: ServerResponse,
    body: FakeRequest["body"],
    answer: string | { status: number; error: string },
  ): void {
    res.setHeader("content-type", "application/json");
    if (typeof answer !== "string") {
      res.statusCode = answer.status;
      res.end(JSON.stringify({ type: "error", error: { type: "api_error", message: answer.error } }));
      return;
    }
    const input = Math.ceil(JSON.stringify(body.messages).length / 4);
    res.end(
      JSON.stringify({
        id: `msg_fake${requests.length}`,
        type: "message",
        role: "assistant",
        model: body.model,
        content: [{ type: "text", text: answer }],
        stop_reason: "end_turn",
        stop_sequence: null,
        usage: { input_tokens: input, output_tokens: Math.ceil(answer.length / 4) },
      }),
    );
  }
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
