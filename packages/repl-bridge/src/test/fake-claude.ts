import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Write an executable `claude` into `dir` that speaks `claude -p --output-format json`:
 * reads the prompt on stdin, appends `{args, prompt}` to `<dir>/claude-calls.jsonl` and
 * prints one result object (`reply` + the first 30 characters of the prompt). Put `dir`
 * first on PATH.
 */
export function writeFakeClaude(
  dir: string,
  reply = "fake claude says",
): { executable: string; log: string } {
  const executable = join(dir, "claude");
  const log = join(dir, "claude-calls.jsonl");
  const script = `#!${process.execPath}
const fs = require("node:fs");
const prompt = fs.readFileSync(0, "utf8");
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, prompt, nested: process.env.RLM_REPL_NESTED ?? null }) + "\\n");
const model = args[args.indexOf("--model") + 1];
const text = ${JSON.stringify(reply)} + ": " + prompt.slice(0, 30);
process.stdout.write(JSON.stringify({
  type: "result", subtype: "success", is_error: false, duration_ms: 12, num_turns: 1,
  result: text, session_id: "00000000-0000-4000-8000-000000000000", total_cost_usd: 0.0012,
  usage: { input_tokens: 7, cache_creation_input_tokens: 3, cache_read_input_tokens: 0, output_tokens: 5 },
  modelUsage: { [model]: { inputTokens: 10, outputTokens: 5, costUSD: 0.0012 } }
}) + "\\n");
`;
  writeFileSync(executable, script);
  chmodSync(executable, 0o755);
  return { executable, log };
}
