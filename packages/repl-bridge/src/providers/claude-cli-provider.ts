import { spawn } from "node:child_process";
import { ReplError } from "../errors/repl-error.js";
import type { ModelProvider, ModelRequest, ModelResponse } from "./model-provider.js";

/**
 * The headless Claude Code CLI: `claude -p --output-format json --model M --max-turns 1`,
 * the prompt on stdin, one JSON result object on stdout
 * (`{type: "result", is_error, result, usage, total_cost_usd, modelUsage}`).
 * The child gets RLM_REPL_NESTED=1 so RLM's own hooks can tell it is a nested call.
 */
export function claudeCliProvider(o: { executable: string; env: NodeJS.ProcessEnv }): ModelProvider {
  return {
    name: "claude-cli",
    complete: (request, signal) => runClaude(o, request, signal),
  };
}

function runClaude(
  o: { executable: string; env: NodeJS.ProcessEnv },
  request: ModelRequest,
  signal?: AbortSignal,
): Promise<ModelResponse> {
  const args = ["-p", "--output-format", "json", "--model", request.model, "--max-turns", "1"];
  if (request.system !== undefined) args.push("--system-prompt", request.system);
  const prompt = request.messages.map((m) => m.content).join("\n\n");
  return new Promise((resolve, reject) => {
    const child = spawn(o.executable, args, {
      env: { ...o.env, RLM_REPL_NESTED: "1" },
      stdio: ["pipe", "pipe", "pipe"],
      ...(signal === undefined ? {} : { signal }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.stdin.on("error", () => {}); // a child that exits without reading stdin
    child.on("error", (err) => {
      if (signal?.aborted)
        reject(
          new ReplError("ERR_RLM_INTERRUPTED", "model call interrupted", {
            hint: "nothing was recorded for it; run the operation again",
            cause: err,
          }),
        );
      else
        reject(
          new ReplError("ERR_RLM_PROVIDER", `cannot run ${o.executable}: ${err.message}`, {
            hint: "check that `claude` runs from this shell, or set ANTHROPIC_API_KEY to call the API directly",
            cause: err,
          }),
        );
    });
    child.on("close", (code) => {
      try {
        resolve(parseResult(o.executable, stdout, stderr, code, request.model));
      } catch (err) {
        reject(err);
      }
    });
    child.stdin.end(prompt);
  });
}

function parseResult(
  exe: string,
  stdout: string,
  stderr: string,
  code: number | null,
  model: string,
): ModelResponse {
  const doc = lastJsonObject(stdout);
  const fail = (why: string) =>
    new ReplError("ERR_RLM_PROVIDER", `${exe} -p failed: ${why}`, {
      hint: "run `claude -p 'hello' --output-format json` to see what the CLI says",
    });
  if (doc === null)
    throw fail(
      `exit ${code}, no JSON result on stdout${stderr.trim() ? `; stderr: ${stderr.trim().slice(0, 300)}` : ""}`,
    );
  if (doc.is_error === true || doc.subtype !== "success")
    throw fail(`${String(doc.subtype ?? "error")}: ${String(doc.result ?? "").slice(0, 300)}`);
  const usage = (doc.usage ?? {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
  const input =
    num(usage.input_tokens) + num(usage.cache_creation_input_tokens) + num(usage.cache_read_input_tokens);
  const modelUsage = doc.modelUsage;
  const answered =
    typeof modelUsage === "object" && modelUsage !== null ? (Object.keys(modelUsage)[0] ?? model) : model;
  return {
    text: typeof doc.result === "string" ? doc.result : "",
    model: answered,
    usage: { input_tokens: input, output_tokens: num(usage.output_tokens) },
    stop_reason: typeof doc.stop_reason === "string" ? doc.stop_reason : null,
    provider: "claude-cli",
    ...(typeof doc.total_cost_usd === "number" ? { cost_usd: doc.total_cost_usd } : {}),
  };
}

function lastJsonObject(text: string): Record<string, unknown> | null {
  const lines = text.trim().split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const v = JSON.parse(lines[i] as string);
      if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      /* not this line */
    }
  }
  try {
    const v = JSON.parse(text);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
