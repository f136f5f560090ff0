import { buildSession } from "@rlm/repl-bridge/test";
import { describe, expect, it } from "vitest";
import { run, sandbox } from "./helpers.js";

// Issue 10: a failed operation prints {"error": {"code", "message", "hint"}} — every one
// of them with a hint that says what to do.

interface Case {
  argv: string[];
  code: string;
  /** Text the message must contain (names the value or the file). */
  message: string;
}

describe("every error carries code, message and a non-empty hint", () => {
  it("a table of bad inputs through the CLI", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const op = (name: string, args: unknown): string[] => ["--op", name, "--args", JSON.stringify(args)];
    const cases: Case[] = [
      { argv: op("search", { pattern: 1 }), code: "ERR_RLM_USAGE", message: '"pattern" must be string' },
      {
        argv: op("search", { pattern: "(", regex: true }),
        code: "ERR_RLM_USAGE",
        message: "regular expression",
      },
      { argv: op("context", { action: "set" }), code: "ERR_RLM_USAGE", message: '"updates"' },
      { argv: op("context", { action: "delete" }), code: "ERR_RLM_USAGE", message: '"keys"' },
      { argv: op("invalidate", {}), code: "ERR_RLM_USAGE", message: "exactly one of" },
      {
        argv: op("invalidate", { cell_id: s.cells.grep, check_disk: true }),
        code: "ERR_RLM_USAGE",
        message: "cell_id and check_disk",
      },
      { argv: op("replay", { cells: "4-2" }), code: "ERR_RLM_USAGE", message: "reversed" },
      { argv: op("replay", { cells: "999-1000" }), code: "ERR_RLM_USAGE", message: "is outside 1-" },
      { argv: op("replay", { cells: "two" }), code: "ERR_RLM_USAGE", message: '"two"' },
      { argv: op("memory_query", { query: "AND OR (", raw: true }), code: "ERR_RLM_USAGE", message: "FTS5" },
      {
        argv: op("promote_to_memory", { cell_id: s.cells.grep, memory_type: "decision" }),
        code: "ERR_RLM_USAGE",
        message: '"decision"',
      },
      {
        argv: op("promote_to_memory", { cell_id: s.cells.grep, confidence: 2 }),
        code: "ERR_RLM_USAGE",
        message: "≤ 1",
      },
      {
        argv: op("extract_functions", { content: "x", language: "rust" }),
        code: "ERR_RLM_USAGE",
        message: '"rust"',
      },
      { argv: op("extract_functions", { content: "x" }), code: "ERR_RLM_USAGE", message: "language" },
      { argv: op("map_reduce", { content: "" }), code: "ERR_RLM_VALIDATION", message: "empty" },
      { argv: op("summarize", { path: "missing.txt" }), code: "ERR_RLM_NOT_FOUND", message: "missing.txt" },
      {
        argv: op("cell", { cell_id: "cell_00000000" }),
        code: "ERR_RLM_CELL_NOT_FOUND",
        message: "cell_00000000",
      },
      { argv: op("cell", { cell_id: "../etc" }), code: "ERR_RLM_INVALID_ID", message: "../etc" },
      { argv: op("cell", {}), code: "ERR_RLM_USAGE", message: '"cell_id"' },
      { argv: op("peek", { var: "nope" }), code: "ERR_RLM_USAGE", message: '"nope"' },
      { argv: op("peek", { bogus: 1 }), code: "ERR_RLM_USAGE", message: '"bogus"' },
      {
        argv: [...op("session", {}), "--session", "no-such-session"],
        code: "ERR_RLM_SESSION_NOT_FOUND",
        message: "no-such-session",
      },
      { argv: op("sesion", {}), code: "ERR_RLM_UNKNOWN_OP", message: "sesion" },
      { argv: ["--op", "cells", "--args", "{"], code: "ERR_RLM_USAGE", message: "JSON" },
      { argv: op("llm", { query: "hi" }), code: "ERR_RLM_NO_PROVIDER", message: "" },
    ];
    const failures: string[] = [];
    for (const c of cases) {
      const r = await run(sb, c.argv);
      const e = r.json?.error;
      const label = c.argv.join(" ");
      if (r.code === 0 || e === undefined) {
        failures.push(`${label}: no error (exit ${r.code})`);
        continue;
      }
      if (e.code !== c.code) failures.push(`${label}: code ${e.code}, expected ${c.code}`);
      if (typeof e.message !== "string" || !e.message.includes(c.message))
        failures.push(`${label}: message ${JSON.stringify(e.message)} lacks ${JSON.stringify(c.message)}`);
      if (typeof e.hint !== "string" || e.hint.trim() === "")
        failures.push(`${label}: no hint (${e.message})`);
      const usage = c.code === "ERR_RLM_USAGE" || c.code === "ERR_RLM_UNKNOWN_OP";
      if (r.code !== (usage ? 2 : 1)) failures.push(`${label}: exit ${r.code}`);
    }
    expect(failures).toEqual([]);
  });
});

describe("a hint names what an rlm-repl user can run", () => {
  it("an unknown cell id: the cells op and --session, never a library call", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    for (const op of ["cell", "dependents", "dependency_chain", "promote_to_memory"]) {
      const r = await run(sb, ["--op", op, "--args", JSON.stringify({ cell_id: "cell_00000000" })]);
      expect(r.code, op).toBe(1);
      expect(r.json.error.code, op).toBe("ERR_RLM_CELL_NOT_FOUND");
      expect(r.json.error.message, op).toContain("cell_00000000");
      expect(r.json.error.hint, op).toContain("rlm-repl --op cells");
      expect(r.json.error.hint, op).toContain("--session");
      expect(r.json.error.hint, op).not.toContain("rebuild()");
    }
  });
});
