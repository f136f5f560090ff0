import { existsSync } from "node:fs";
import { buildSession } from "@rlm/repl-bridge/test";
import { spawnNode } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { BIN, type Sandbox, sandbox } from "./helpers.js";

// Node 20's mkdirSync(p, { recursive: true }) loops forever at 100% CPU where mkdir(2)
// answers ENOENT under a parent that exists (under /proc). A memory database there is a
// clear ERR_RLM_MEMORY_DB naming the path, at once. The child is killed after 20 s so a
// regression fails instead of hanging the run.

const PROC = existsSync("/proc/self");
const DB = "/proc/rlm-nope/x.db";

function runBounded(sb: Sandbox, op: string, args: unknown) {
  return new Promise<{ code: number | null; stdout: string; killed: boolean }>((resolve, reject) => {
    const child = spawnNode(BIN, ["--op", op, "--args", JSON.stringify(args)], {
      ts: false,
      env: { ...sb.env, RLM_MEMORY_DB: DB },
    });
    let stdout = "";
    let killed = false;
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr?.resume();
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, 20_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, killed });
    });
    child.stdin?.end();
  });
}

describe.skipIf(!PROC)("RLM_MEMORY_DB under /proc (skipped: this system has no /proc)", () => {
  it("memory_add, memory_query and promote_to_memory exit 1 with ERR_RLM_MEMORY_DB naming the path", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const cases: [string, unknown][] = [
      ["memory_add", { content: "x" }],
      ["memory_query", { query: "x" }],
      ["promote_to_memory", { cell_id: s.cells.grep }],
    ];
    const runs = await Promise.all(cases.map(([op, args]) => runBounded(sb, op, args)));
    runs.forEach((r, i) => {
      const op = cases[i]?.[0];
      expect(r.killed, `${op} still running after 20 s`).toBe(false);
      expect(r.code, op).toBe(1);
      const e = JSON.parse(r.stdout).error;
      expect(e.code, op).toBe("ERR_RLM_MEMORY_DB");
      expect(e.message, op).toContain("/proc/rlm-nope");
      expect(e.hint, op).toContain("RLM_MEMORY_DB");
    });
  }, 60_000);
});
