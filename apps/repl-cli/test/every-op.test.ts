import { spawnSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { payloadsFromTranscript } from "@rlm/hooks";
import { startFakeAnthropic } from "@rlm/repl-bridge/test";
import { claudeSamplePath, runNode } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { ok, run, type Sandbox, sandbox } from "./helpers.js";

// Every operation `rlm-repl ops` lists, run once through the built CLI on the two kinds of
// real session: one recorded by the built rlm-hook from a genuine transcript, one migrated
// from legacy data by the built rlm-migrate.

const HOOK_BIN = fileURLToPath(new URL("../../hook-cli/dist/plugin/rlm-hook.cjs", import.meta.url));
const MIGRATE_BIN = fileURLToPath(new URL("../../migrate-cli/bin/rlm-migrate.js", import.meta.url));
const LEGACY = fileURLToPath(
  new URL("../../../packages/migrate/__fixtures__/normal/legacy", import.meta.url),
);

async function hookRecorded(sb: Sandbox): Promise<string> {
  const transcript = claudeSamplePath("transcript-main-short.v2.1.38.jsonl");
  const payloads = payloadsFromTranscript(readFileSync(transcript, "utf8"), { transcriptPath: transcript });
  for (const p of payloads) {
    const r = await runNode(HOOK_BIN, [], { ts: false, env: sb.env, cwd: sb.dir, input: JSON.stringify(p) });
    expect(r.code, r.stderr).toBe(0);
  }
  return payloads[0]?.session_id as string;
}

async function migrated(sb: Sandbox): Promise<string> {
  const legacy = join(sb.dir, "legacy");
  cpSync(LEGACY, legacy, { recursive: true, verbatimSymlinks: true });
  const m = spawnSync(
    process.execPath,
    [MIGRATE_BIN, "--legacy-dir", legacy, "--sessions-dir", sb.root, "--json"],
    {
      env: { ...process.env, HOME: sb.env.HOME },
      encoding: "utf8",
    },
  );
  expect(m.status, m.stdout + m.stderr).toBe(0);
  return "7f3a9c1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b";
}

describe.each([
  ["recorded by rlm-hook from a genuine transcript", hookRecorded],
  ["migrated from legacy data by rlm-migrate", migrated],
])("every operation on a session %s", (_kind, make) => {
  it("runs, answers one JSON document, and is recorded unless read-only", async () => {
    const sb = sandbox();
    const sessionId = await make(sb);
    const at = ["--session", sessionId];
    const fake = await startFakeAnthropic(() => "[3, 1]");
    const api = { ANTHROPIC_API_KEY: "sk-ant-test", ANTHROPIC_BASE_URL: fake.url };
    try {
      const ops = (await run(sb, ["ops", "--json"])).json.ops as {
        name: string;
        recorded: string;
        session: boolean;
      }[];
      const any = (await ok(sb, "cells", { limit: 1 }, at)).cells[0].cell_id as string;
      // A done cell to promote (a session may hold none: the short transcript's two tool calls were refused).
      const seed = await ok(
        sb,
        "extract_functions",
        { content: "def g():\n    pass\n", language: "python" },
        at,
      );
      const done = seed.cell_id as string;
      const args: Record<string, unknown> = {
        session: {},
        sessions: {},
        cells: { limit: 3 },
        cell: { cell_id: any },
        dependency_chain: { cell_id: any },
        dependents: { cell_id: any },
        invalidate: { check_disk: true },
        replay: { cells: "1-2" },
        peek: { var: "tool_outputs", start: -2 },
        search: { pattern: "e", var: "all", max_results: 3 },
        context: { action: "set", updates: { checked: true } },
        conversation: { start: -2 },
        stats: {},
        llm: { query: "What happened in this session?" },
        summarize: { content: "one\ntwo\nthree" },
        map_reduce: { content: "a\nb\nc\nd", n_chunks: 2 },
        find_relevant: {
          content: "alpha\nbeta retry\ngamma",
          query: "retry",
          chunk_lines: 1,
          overlap: 0,
          rerank: true,
        },
        extract_functions: { content: "def f():\n    pass\n", language: "python" },
        memory_query: { query: "anything" },
        memory_add: { content: `a fact about ${sessionId}` },
        promote_to_memory: { cell_id: done },
        ops: {},
      };
      expect(Object.keys(args).sort()).toEqual(ops.map((o) => o.name).sort());
      // In this order (promote before invalidate: the cell must still be done).
      const order = Object.keys(args);
      order.splice(order.indexOf("promote_to_memory"), 1);
      order.splice(order.indexOf("invalidate"), 0, "promote_to_memory");
      for (const name of order) {
        const op = ops.find((o) => o.name === name) as (typeof ops)[number];
        const before = (await ok(sb, "cells", { limit: 1 }, at)).total as number;
        const r = await run(sb, ["--op", op.name, "--args", JSON.stringify(args[op.name]), ...at], api);
        expect(r.code, `${op.name}: ${r.stdout}`).toBe(0);
        const after = (await ok(sb, "cells", { limit: 1 }, at)).total as number;
        const added = after - before;
        if (op.recorded === "none") expect(added, op.name).toBe(0);
        else expect(added, op.name).toBeGreaterThanOrEqual(1);
        if (op.recorded === "repl") expect(r.json.cell_id, op.name).toMatch(/^cell_[0-9a-f]{8}$/);
      }
      expect(fake.requests.length).toBe(1 + 1 + 3 + 1); // llm, summarize, map_reduce (2 + reduce), rerank
    } finally {
      await fake.close();
    }
  }, 240_000);
});
