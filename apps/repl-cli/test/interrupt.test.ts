import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSession } from "@rlm/repl-bridge/test";
import { spawnNode } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { BIN, ok, sandbox } from "./helpers.js";

describe("Ctrl-C", () => {
  it("aborts a model call in flight, says so on stderr, prints the error document and exits 130; nothing is charged", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const server = createServer(() => arrived()); // never answers
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const child = spawnNode(BIN, ["--op", "llm", "--args", '{"query": "take your time"}'], {
        ts: false,
        env: { ...sb.env, ANTHROPIC_API_KEY: "sk-ant-test", ANTHROPIC_BASE_URL: url },
      });
      let stdout = "";
      let stderr = "";
      child.stdout?.on("data", (d) => {
        stdout += d;
      });
      child.stderr?.on("data", (d) => {
        stderr += d;
      });
      await requestArrived;
      child.kill("SIGINT");
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(code).toBe(130);
      expect(stderr).toContain("interrupted during --op llm");
      expect(JSON.parse(stdout).error.code).toBe("ERR_RLM_INTERRUPTED");
    } finally {
      server.closeAllConnections();
      server.close();
    }
    const s = await ok(sb, "session");
    expect(s.budget).toMatchObject({ tokens: 0, recursive_calls: 0 });
    expect(s.cells.by_type.llm_call).toBeUndefined();
  });
});
