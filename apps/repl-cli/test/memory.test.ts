import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildSession, startFakeAnthropic } from "@rlm/repl-bridge/test";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ok, repl, type Sandbox, sandbox } from "./helpers.js";

const LAYOUT = ["confidence_updates", "content_fts", "evolution_log", "hyperedges", "membership", "nodes"];

function open(sb: Sandbox) {
  return new Database(sb.memoryDb, { readonly: true });
}

describe("promote_to_memory into a real SQLite file", () => {
  it("writes a task-tier node (provenance cell:<id>) in the session's context hyperedge; read back with plain SQL and FTS5", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const r = await ok(sb, "promote_to_memory", {
      cell_id: s.cells.grep,
      memory_type: "fact",
      confidence: 0.9,
    });
    expect(r).toMatchObject({
      status: "promoted",
      promoted_cell_id: s.cells.grep,
      tier: "task",
      memory_type: "fact",
    });
    expect(r.node_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statSync(sb.memoryDb).mode & 0o777).toBe(0o600);

    const db = open(sb);
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'content_fts_%'",
        )
        .all() as { name: string }[]
    )
      .map((t) => t.name)
      .sort();
    expect(tables).toEqual(LAYOUT);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const node = db.prepare("SELECT * FROM nodes WHERE id = ?").get(r.node_id) as Record<string, unknown>;
    expect(node).toMatchObject({
      type: "fact",
      tier: "task",
      confidence: 0.9,
      provenance: `cell:${s.cells.grep}`,
      content: "notes.md:3:TODO: retry on timeout",
      access_count: 0,
    });
    expect(JSON.parse(node.metadata as string)).toMatchObject({
      session_id: s.sessionId,
      cell_id: s.cells.grep,
      cell_type: "tool",
      operation: "Grep",
    });
    expect(Math.abs((node.created_at as number) - Date.now())).toBeLessThan(120_000); // epoch milliseconds
    const edge = db
      .prepare(
        "SELECT h.edge_type, h.label, m.role FROM membership m JOIN hyperedges h ON h.id = m.hyperedge_id WHERE m.node_id = ?",
      )
      .get(r.node_id);
    expect(edge).toEqual({ edge_type: "context", label: `session:${s.sessionId}`, role: "subject" });
    const fts = db
      .prepare(
        "SELECT node_id FROM content_fts WHERE content_fts MATCH 'retrying' ORDER BY bm25(content_fts)",
      )
      .all();
    expect(fts).toEqual([{ node_id: r.node_id }]); // porter stemming: retrying → retry
    db.close();

    // The cell is marked (when @rlm/cells has updateMetadata) and the run is recorded.
    const cell = await ok(sb, "cell", { cell_id: s.cells.grep });
    if (r.cell_marked)
      expect(cell.metadata).toMatchObject({ promoted_to_db: true, memory_node_id: r.node_id });
    expect((await ok(sb, "cell", { cell_id: r.cell_id })).input.operation).toBe("promote_to_memory");

    // Promoting again gives the same node; a second cell of the session joins the same hyperedge.
    expect(await ok(sb, "promote_to_memory", { cell_id: s.cells.grep })).toMatchObject({
      status: "already_promoted",
      node_id: r.node_id,
    });
    const second = await ok(sb, "promote_to_memory", {
      cell_id: s.cells.analysis,
      memory_type: "experience",
    });
    expect(second.hyperedge_id).toBe(r.hyperedge_id);
    const found = await ok(sb, "memory_query", { query: "retry timeout" });
    expect(found.results.map((x: { node_id: string }) => x.node_id)).toEqual([r.node_id]);
    expect(found.results[0]).toMatchObject({
      type: "fact",
      tier: "task",
      provenance: `cell:${s.cells.grep}`,
    });
  });

  it("refuses stale, pending and failed cells (and the node is not written)", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const pending = await repl(sb, "promote_to_memory", { cell_id: s.cells.pending });
    expect(pending.code).toBe(1);
    expect(pending.json.error).toMatchObject({ code: "ERR_RLM_NOT_PROMOTABLE" });
    expect(pending.json.error.message).toContain("pending");
    await ok(sb, "invalidate", { cell_id: s.cells.analysis });
    const stale = await repl(sb, "promote_to_memory", { cell_id: s.cells.summary });
    expect(stale.json.error.code).toBe("ERR_RLM_NOT_PROMOTABLE");
    expect(stale.json.error.message).toContain("stale");
    // A failed run (an error cell): a regex search that did not compile.
    expect((await repl(sb, "search", { pattern: "(", regex: true })).code).toBe(2);
    const failedId = (await ok(sb, "cells", { status: "error" })).cells[0].cell_id;
    const failed = await repl(sb, "promote_to_memory", { cell_id: failedId });
    expect(failed.json.error.code).toBe("ERR_RLM_NOT_PROMOTABLE");
    expect(failed.json.error.message).toContain("error");
    // Refused before the database is even opened: it was never created.
    expect(() => statSync(sb.memoryDb)).toThrow(/ENOENT/);
  });

  it("an existing database keeps its foreign rows untouched (and its layout)", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    mkdirSync(dirname(sb.memoryDb), { recursive: true });
    // Created by "the rest of the plugin": same layout, foreign rows in every table.
    const { MEMORY_SCHEMA_SQL } = await import("@rlm/repl-bridge");
    const db = new Database(sb.memoryDb);
    db.pragma("journal_mode = WAL");
    db.exec(MEMORY_SCHEMA_SQL);
    db.exec(`INSERT INTO nodes (id, type, content, tier, confidence, provenance, access_count, metadata)
               VALUES ('n-foreign', 'decision', 'use WAL for the memory db', 'longterm', 0.7, 'manual', 3, '{"k":1}');
             INSERT INTO hyperedges (id, edge_type, label) VALUES ('e-foreign', 'relation', 'supports');
             INSERT INTO membership (hyperedge_id, node_id, role) VALUES ('e-foreign', 'n-foreign', 'object');
             INSERT INTO evolution_log (operation, node_ids, reasoning) VALUES ('consolidate', '["n-foreign"]', 'x');
             INSERT INTO confidence_updates (node_id, old_confidence, new_confidence, trigger_type) VALUES ('n-foreign', 0.5, 0.7, 'manual');`);
    const FOREIGN = [
      "SELECT * FROM nodes WHERE id = 'n-foreign'",
      "SELECT * FROM hyperedges WHERE id = 'e-foreign'",
      "SELECT * FROM membership WHERE hyperedge_id = 'e-foreign'",
      "SELECT * FROM evolution_log",
      "SELECT * FROM confidence_updates",
    ];
    const dump = (d: Database.Database) => FOREIGN.map((sql) => d.prepare(sql).all());
    const schema = () => db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all();
    const before = { rows: dump(db), schema: schema() };
    db.close();

    await ok(sb, "promote_to_memory", { cell_id: s.cells.grep });
    await ok(sb, "memory_add", { content: "another fact" });
    const q = await ok(sb, "memory_query", { query: "WAL memory" });
    expect(q.results.map((x: { node_id: string }) => x.node_id)).toEqual(["n-foreign"]);

    const after = new Database(sb.memoryDb, { readonly: true });
    expect(dump(after)).toEqual(before.rows);
    expect(after.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all()).toEqual(
      before.schema,
    );
    expect((after.prepare("SELECT COUNT(*) AS n FROM nodes").get() as { n: number }).n).toBe(3);
    after.close();
  });

  it("a database with another layout is used as it is: a clear error, nothing created", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    mkdirSync(dirname(sb.memoryDb), { recursive: true });
    const db = new Database(sb.memoryDb);
    db.exec("CREATE TABLE nodes (id TEXT PRIMARY KEY, label TEXT)");
    db.close();
    const r = await repl(sb, "memory_query", { query: "x" });
    expect(r.code).toBe(1);
    expect(r.json.error.code).toBe("ERR_RLM_MEMORY_DB");
    expect(r.json.error.message).toContain("content_fts");
    const check = new Database(sb.memoryDb, { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type='table'").all()).toEqual([
      { name: "nodes" },
    ]);
    check.close();
    writeFileSync(sb.memoryDb, "not a database at all, just text");
    const garbage = await repl(sb, "memory_add", { content: "x" });
    expect(garbage.json.error.code).toBe("ERR_RLM_MEMORY_DB");
    expect(readFileSync(sb.memoryDb, "utf8")).toBe("not a database at all, just text");
  });

  it("memory_add and memory_query: types, tiers, ranking, any/all, raw FTS5, archive hidden", async () => {
    const sb = sandbox();
    for (const [content, type, tier] of [
      ["sqlite busy timeout is five seconds", "fact", "task"],
      ["sqlite uses write ahead logging", "fact", "longterm"],
      ["the busy loop was slow", "experience", "session"],
      ["sqlite archived note about busy timeout", "fact", "archive"],
    ] as const) {
      const tierArg = tier === "archive" ? "longterm" : tier;
      const added = await ok(sb, "memory_add", { content, type, tier: tierArg, confidence: 0.6 });
      expect(added).toMatchObject({ status: "created", type });
      if (tier === "archive") {
        const db = new Database(sb.memoryDb);
        db.prepare("UPDATE nodes SET tier = 'archive' WHERE id = ?").run(added.node_id);
        db.close();
      }
    }
    const any = await ok(sb, "memory_query", { query: "sqlite busy timeout" });
    expect(any.results.map((r: { content: string }) => r.content)).toEqual(
      [
        "sqlite busy timeout is five seconds",
        "the busy loop was slow",
        "sqlite uses write ahead logging",
      ].sort(
        (a, b) =>
          any.results.findIndex((r: { content: string }) => r.content === a) -
          any.results.findIndex((r: { content: string }) => r.content === b),
      ),
    );
    expect(any.results[0].content).toBe("sqlite busy timeout is five seconds");
    expect(any.results.some((r: { tier: string }) => r.tier === "archive")).toBe(false);
    const all = await ok(sb, "memory_query", { query: "sqlite busy", match: "all" });
    expect(all.count).toBe(1);
    expect((await ok(sb, "memory_query", { query: "busy", type: "experience" })).count).toBe(1);
    expect((await ok(sb, "memory_query", { query: "busy", tier: "archive" })).count).toBe(1);
    expect((await ok(sb, "memory_query", { query: "sqlite NOT busy", raw: true })).count).toBe(1);
    expect((await repl(sb, "memory_query", { query: '"unclosed', raw: true })).code).toBe(2);
    expect((await ok(sb, "memory_query", { query: '"); DROP TABLE nodes; --' })).count).toBe(0);
  });
});

it("the fake API is not needed for memory ops (no provider, no session)", async () => {
  const sb = sandbox();
  const fake = await startFakeAnthropic();
  try {
    expect((await ok(sb, "memory_query", { query: "anything" })).count).toBe(0);
    expect(fake.requests).toHaveLength(0);
    expect(statSync(join(dirname(sb.memoryDb))).isDirectory()).toBe(true);
  } finally {
    await fake.close();
  }
});
