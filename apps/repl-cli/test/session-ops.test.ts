import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSession } from "@rlm/repl-bridge/test";
import { claudeSamplePath } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { ok, repl, sandbox } from "./helpers.js";

const TRANSCRIPT = claudeSamplePath("transcript-main-tool-heavy.v2.1.38.jsonl");

describe("rlm-repl session and cell operations (store-built session with a genuine transcript)", () => {
  it("introspection: session, sessions, cells, cell, dependency_chain, dependents — and none of them is recorded", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root, { transcript: TRANSCRIPT });
    const session = await ok(sb, "session");
    expect(session).toMatchObject({
      session_id: s.sessionId,
      live: true,
      current: true,
      cwd: s.cwd,
      depth: { current: 0, max: 2 },
      budget: { tokens: 0, cost_usd: 0 },
      cells: {
        total: 5,
        by_status: { done: 4, pending: 1, error: 0, stale: 0 },
        by_type: { tool: 3, repl: 2 },
      },
      lineage: { parent_session_id: null, ancestors: [] },
    });
    const listed = await ok(sb, "sessions", { live: true });
    expect(listed.sessions.map((x: { session_id: string }) => x.session_id)).toEqual([s.sessionId]);
    expect(listed.current).toBe(s.sessionId);
    expect((await ok(sb, "sessions", { live: false })).sessions).toEqual([]);

    const cells = await ok(sb, "cells");
    expect(cells.cells.map((c: { cell_id: string }) => c.cell_id)).toEqual([
      s.cells.read,
      s.cells.grep,
      s.cells.analysis,
      s.cells.summary,
      s.cells.pending,
    ]);
    expect(cells.cells[2]).toMatchObject({ position: 3, type: "repl", dependencies: [s.cells.read] });
    expect((await ok(sb, "cells", { type: "tool", status: "pending" })).cells).toEqual([
      expect.objectContaining({ cell_id: s.cells.pending, position: 5 }),
    ]);
    expect(
      (await ok(sb, "cells", { offset: 1, limit: 2 })).cells.map((c: { position: number }) => c.position),
    ).toEqual([2, 3]);

    const read = await ok(sb, "cell", { cell_id: s.cells.read });
    expect(read).toMatchObject({
      type: "tool",
      input: { operation: "Read", args: { file_path: join(s.cwd, "app.py") } },
    });
    expect(read.extra.tool_use_id).toBe("toolu_01AAA");
    const chain = await ok(sb, "dependency_chain", { cell_id: s.cells.summary });
    expect(chain).toMatchObject({ count: 2, chain: [s.cells.read, s.cells.analysis], offset: 0 });
    expect(chain.cells.map((c: { cell_id: string }) => c.cell_id)).toEqual([s.cells.read, s.cells.analysis]);
    expect({ position: 3, ...chain.cells[1] }).toEqual(cells.cells[2]); // the same summary as `cells` gives
    // summaries are paged; `chain` and `count` always cover every ancestor
    const paged = await ok(sb, "dependency_chain", { cell_id: s.cells.summary, offset: 1, limit: 1 });
    expect(paged).toMatchObject({ count: 2, chain: [s.cells.read, s.cells.analysis], offset: 1 });
    expect(paged.cells).toEqual([chain.cells[1]]);
    expect((await ok(sb, "dependency_chain", { cell_id: s.cells.summary, limit: 1 })).cells).toEqual([
      chain.cells[0],
    ]);
    expect((await ok(sb, "dependents", { cell_id: s.cells.read })).dependents).toEqual([
      s.cells.analysis,
      s.cells.summary,
    ]);
    expect((await ok(sb, "dependents", { cell_id: s.cells.read, transitive: false })).dependents).toEqual([
      s.cells.analysis,
    ]);
    // summaries are paged like dependency_chain's; `dependents` and `count` cover every one
    const deps = await ok(sb, "dependents", { cell_id: s.cells.read });
    expect(deps).toMatchObject({ count: 2, offset: 0 });
    expect(deps.cells.map((c: { cell_id: string }) => c.cell_id)).toEqual([
      s.cells.analysis,
      s.cells.summary,
    ]);
    const depPage = await ok(sb, "dependents", { cell_id: s.cells.read, offset: 1, limit: 1 });
    expect(depPage).toMatchObject({ count: 2, dependents: [s.cells.analysis, s.cells.summary], offset: 1 });
    expect(depPage.cells).toEqual([deps.cells[1]]);
    expect((await ok(sb, "cells")).total).toBe(5); // nothing above was recorded
  });

  it("invalidate by file, by cell and by disk check names each cell and why, transitively; it is recorded", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    appendFileSync(join(s.cwd, "app.py"), "\n# edited\n");
    const byFile = await ok(sb, "invalidate", { file_path: "app.py" });
    expect(byFile.invalidated).toEqual([
      expect.objectContaining({
        cell_id: s.cells.read,
        from: "done",
        reason: expect.objectContaining({ kind: "file_changed" }),
      }),
      expect.objectContaining({
        cell_id: s.cells.analysis,
        reason: expect.objectContaining({ kind: "file_changed" }),
      }),
      expect.objectContaining({
        cell_id: s.cells.summary,
        reason: { kind: "dependency_stale", via: s.cells.analysis },
        why: `depends on ${s.cells.analysis}, which is stale`,
      }),
    ]);
    expect(byFile.invalidated[0].why).toContain("app.py");
    const recorded = await ok(sb, "cell", { cell_id: byFile.cell_id });
    expect(recorded).toMatchObject({
      type: "repl",
      status: "done",
      input: { source: "rlm-repl", operation: "invalidate", args: { file_path: "app.py" } },
    });
    expect((await ok(sb, "invalidate", { cell_id: s.cells.grep })).invalidated).toEqual([
      expect.objectContaining({
        cell_id: s.cells.grep,
        reason: { kind: "requested" },
        why: "invalidated on request",
      }),
    ]);
    expect((await ok(sb, "invalidate", { check_disk: true })).count).toBe(0); // already stale
    expect((await ok(sb, "session")).cells.by_status).toMatchObject({ stale: 4, pending: 1 });
  });

  it("recorded ops become cells with their inputs and the files they read; replay re-runs them live, then serves them cached", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root, { transcript: TRANSCRIPT });
    const app = join(s.cwd, "app.py");
    const fns = await ok(sb, "extract_functions", { path: "app.py" });
    expect(fns.functions.map((f: { name: string }) => f.name)).toEqual([
      "__init__",
      "greet",
      "shout",
      "main",
    ]);
    const cell = await ok(sb, "cell", { cell_id: fns.cell_id });
    expect(cell).toMatchObject({
      type: "repl",
      status: "done",
      input: { source: "rlm-repl", operation: "extract_functions", args: { path: "app.py" } },
      output: { result: { count: 4 } },
    });
    expect(Object.keys(cell.input.context_snapshot.files)).toEqual([app]);
    expect(cell.input.context_snapshot.files[app]).toMatch(/^sha256:/);

    // Unchanged: a replay serves it from its stored output.
    const cached = await ok(sb, "replay", { cells: [fns.cell_id] });
    expect(cached.steps).toEqual([
      expect.objectContaining({ cell_id: fns.cell_id, outcome: "cached", mode: "cached" }),
    ]);

    // The file changes: check_disk makes it stale, replay re-runs the op live with the new content.
    writeFileSync(app, `${readFileSync(app, "utf8")}\ndef added():\n    pass\n`);
    const inv = await ok(sb, "invalidate", { check_disk: true });
    expect(inv.invalidated.map((c: { cell_id: string }) => c.cell_id)).toContain(fns.cell_id);
    const live = await ok(sb, "replay", { cells: "stale" });
    const step = live.steps.find((x: { cell_id: string }) => x.cell_id === fns.cell_id);
    expect(step).toMatchObject({ outcome: "live", mode: "live", run_reason: "stale" });
    expect((await ok(sb, "cell", { cell_id: fns.cell_id })).output.result.count).toBe(5);
    // The Read tool cell is stale too: rlm-repl does not fake a tool run.
    const tool = live.steps.find((x: { cell_id: string }) => x.cell_id === s.cells.read);
    expect(tool).toMatchObject({ outcome: "needs_executor", needs: "claude_code" });
    expect(live.needs_claude_code).toContain(s.cells.read);
    expect(live.steps.find((x: { cell_id: string }) => x.cell_id === s.cells.analysis)).toMatchObject({
      outcome: "skipped",
      via: s.cells.read,
    });
    // force re-runs even a cell whose output is still valid.
    const forced = await ok(sb, "replay", { cells: [fns.cell_id], force: true });
    expect(forced.steps[0]).toMatchObject({ outcome: "live", run_reason: "forced" });
    // The replay's own cells are never re-run by a replay.
    const all = await ok(sb, "replay", { cells: "all" });
    expect(all.not_replayed.map((x: { cell_id: string }) => x.cell_id).sort()).toEqual(
      [live.cell_id, cached.cell_id, forced.cell_id].sort(),
    );
  });

  it("replay ranges are 1-based in creation order; a bad selection is a usage error", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const r = await ok(sb, "replay", { cells: "2-3" });
    expect(r.steps.map((x: { cell_id: string }) => x.cell_id)).toEqual([s.cells.grep, s.cells.analysis]);
    expect(r.steps.every((x: { mode: string }) => x.mode === "cached")).toBe(true);
    expect((await repl(sb, "replay", { cells: "9-12" })).code).toBe(2);
    expect((await repl(sb, "replay", { cells: "sometimes" })).code).toBe(2);
  });

  it("context ops: peek, search, context get/set/delete/keys, conversation, stats, find_relevant", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root, { transcript: TRANSCRIPT });
    const before = (await ok(sb, "cells")).total;

    const peek = await ok(sb, "peek", { var: "working_memory" });
    expect(peek).toMatchObject({ var: "working_memory", type: "dict", keys: ["plan", "last_tool"] });
    expect((await ok(sb, "peek", { var: "tool_outputs", start: -1 })).result[0].content_preview).toBe(
      "tests passed: 12",
    );
    const conv = await ok(sb, "peek", { var: "conversation", start: 0, end: 0 });
    expect(conv.result[0]).toMatchObject({ role: "user", text: "start phoenix in background" });

    const search = await ok(sb, "search", { pattern: "TODO", var: "all" });
    expect(search.results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: "files", key: join(s.cwd, "notes.md"), count: 1 }),
        expect.objectContaining({ source: "cells", key: s.cells.grep }),
      ]),
    );
    const regex = await ok(sb, "search", { pattern: "def \\w+\\(", regex: true });
    expect(regex.results[0]).toMatchObject({ source: "files", key: join(s.cwd, "app.py"), count: 4 });
    expect((await repl(sb, "search", { pattern: "(", regex: true })).code).toBe(2);
    const searchCell = await ok(sb, "cell", { cell_id: regex.cell_id });
    expect(Object.keys(searchCell.input.context_snapshot.files).sort()).toEqual([
      join(s.cwd, "app.py"),
      join(s.cwd, "notes.md"),
    ]);

    await ok(sb, "context", { action: "set", updates: { step: 2, finding: "greet is multi-line" } });
    expect((await ok(sb, "context", { keys: ["step"] })).working_memory).toEqual({ step: 2 });
    expect((await ok(sb, "context", { action: "delete", keys: ["plan", "nope"] })).removed).toEqual(["plan"]);
    expect((await ok(sb, "context", { action: "keys" })).keys.working_memory).toEqual([
      "last_tool",
      "step",
      "finding",
    ]);

    const conversation = await ok(sb, "conversation", { start: -3 });
    expect(conversation).toMatchObject({ transcript_path: TRANSCRIPT, total: 18, range: [15, 18], count: 3 });
    const stats = await ok(sb, "stats");
    expect(stats.conversation.messages).toBe(18);
    expect(stats.files.count).toBe(2);
    expect(stats.total_tokens_estimate).toBeGreaterThan(0);

    const rel = await ok(sb, "find_relevant", {
      path: "notes.md",
      query: "retry timeout",
      chunk_lines: 2,
      overlap: 0,
      top_k: 1,
    });
    expect(rel.results).toEqual([expect.objectContaining({ start_line: 3, end_line: 4 })]);
    expect(rel.results[0].chunk).toContain("retry on timeout");

    // Every one of those ran on the session, so each left one repl cell (introspection ops left none).
    const after = await ok(sb, "cells", { type: "repl" });
    const ops = await Promise.all(
      after.cells
        .slice(2)
        .map(
          async (c: { cell_id: string }) => (await ok(sb, "cell", { cell_id: c.cell_id })).input.operation,
        ),
    );
    expect(ops).toEqual([
      "peek",
      "peek",
      "peek",
      "search",
      "search",
      "search",
      "context",
      "context",
      "context",
      "context",
      "conversation",
      "stats",
      "find_relevant",
    ]);
    expect(after.total).toBe(before + ops.length);
    // The failed regex search was recorded too, as an error cell.
    expect((await ok(sb, "cells", { status: "error" })).count).toBe(1);
  });
});

describe("rlm-repl on a session migrated from legacy data (built rlm-migrate)", () => {
  it("reads, replays and invalidates a migrated session", async () => {
    const { spawnSync } = await import("node:child_process");
    const { cpSync } = await import("node:fs");
    const sb = sandbox();
    const legacy = join(sb.dir, "legacy");
    cpSync(
      join(import.meta.dirname, "..", "..", "..", "packages", "migrate", "__fixtures__", "normal", "legacy"),
      legacy,
      {
        recursive: true,
        verbatimSymlinks: true,
      },
    );
    const migrate = join(import.meta.dirname, "..", "..", "migrate-cli", "bin", "rlm-migrate.js");
    const m = spawnSync(
      process.execPath,
      [migrate, "--legacy-dir", legacy, "--sessions-dir", sb.root, "--json"],
      {
        env: { ...process.env, HOME: sb.env.HOME },
        encoding: "utf8",
      },
    );
    expect(m.status, m.stdout + m.stderr).toBe(0);
    const id = "7f3a9c1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b";
    const at = ["--session", id];
    const session = await ok(sb, "session", undefined, at);
    expect(session).toMatchObject({
      session_type: "migrated",
      live: false,
      cells: { by_type: { tool: expect.any(Number) } },
    });
    const cells = await ok(sb, "cells", { limit: 3 }, at);
    expect(cells.count).toBe(3);
    const first = await ok(sb, "cell", { cell_id: cells.cells[0].cell_id }, at);
    expect(first.type).toBe("tool");
    expect((await ok(sb, "dependency_chain", { cell_id: first.cell_id }, at)).chain).toEqual([]);
    expect((await ok(sb, "sessions", { type: "migrated" })).total).toBe(2);
    const replay = await ok(sb, "replay", { cells: "1-3" }, at);
    expect(replay.counts.cached).toBe(3);
    const forced = await ok(sb, "replay", { cells: "1-2", force: true }, at);
    expect(forced.needs_claude_code).toEqual([cells.cells[0].cell_id, cells.cells[1].cell_id]);
    expect((await ok(sb, "peek", { var: "tool_outputs", start: 0, end: 1 }, at)).result).toHaveLength(2);
    expect(
      (await ok(sb, "search", { pattern: "a", var: "tool_outputs", max_results: 1 }, at)).results,
    ).toHaveLength(1);
    expect((await ok(sb, "stats", undefined, at)).tool_outputs.count).toBe(session.tool_outputs);
    const conv = await ok(sb, "conversation", undefined, at);
    // the legacy transcript_path is not on this machine: rlm-migrate does not link a gone
    // transcript (ad64791), so the session has none
    expect(conv.count).toBe(0);
    expect(conv.missing).toContain("no transcript link");
    expect((await ok(sb, "invalidate", { cell_id: first.cell_id }, at)).count).toBe(1);
    expect((await ok(sb, "session", undefined, at)).cells.by_status.stale).toBe(1);
  });
});
