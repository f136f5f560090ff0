import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openCells, snapshotFiles } from "@rlm/cells";
import { createSessionStore } from "@rlm/session-store";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ok, repl, type Sandbox, sandbox } from "./helpers.js";

const N = 6;

/** A session with 2N done repl cells, cell i having read its own file f<i>.txt. */
function session(sb: Sandbox) {
  const store = createSessionStore({ root: sb.root });
  const id = "race-session";
  const cwd = join(sb.dir, "project");
  mkdirSync(cwd, { recursive: true });
  store.create(id, { cwd });
  store.setCurrent(id);
  const cells = openCells(store, id, { fsync: false });
  const ids: string[] = [];
  for (let i = 0; i < 2 * N; i++) {
    const f = join(cwd, `f${i}.txt`);
    writeFileSync(f, `content ${i}\n`);
    ids.push(
      cells.create({
        type: "repl",
        input: {
          source: "rlm-repl",
          operation: "peek",
          args: {},
          context_snapshot: { files: snapshotFiles([f]) },
        },
        output: { result: `finding number ${i}` },
      }).cell_id,
    );
  }
  cells.flush();
  return { id, cwd, ids };
}

describe("two rlm-repl processes on one session at once", () => {
  it("one promoting, one invalidating: nothing is lost", async () => {
    const sb = sandbox();
    const s = session(sb);
    const promoter = (async () => {
      for (let i = 0; i < N; i++) await ok(sb, "promote_to_memory", { cell_id: s.ids[i] });
    })();
    const invalidator = (async () => {
      for (let i = N; i < 2 * N; i++) {
        writeFileSync(join(s.cwd, `f${i}.txt`), `changed ${i}\n`);
        const r = await ok(sb, "invalidate", { file_path: `f${i}.txt` });
        expect(r.invalidated.map((c: { cell_id: string }) => c.cell_id)).toEqual([s.ids[i]]);
      }
    })();
    await Promise.all([promoter, invalidator]);

    const db = new Database(sb.memoryDb, { readonly: true });
    const nodes = db.prepare("SELECT provenance FROM nodes ORDER BY provenance").all() as {
      provenance: string;
    }[];
    expect(nodes.map((n) => n.provenance)).toEqual(
      s.ids
        .slice(0, N)
        .map((c) => `cell:${c}`)
        .sort(),
    );
    expect((db.prepare("SELECT COUNT(*) AS n FROM membership").get() as { n: number }).n).toBe(N);
    expect((db.prepare("SELECT COUNT(*) AS n FROM hyperedges").get() as { n: number }).n).toBe(1);
    db.close();

    const all = await ok(sb, "cells", { limit: 1000 });
    expect(all.total).toBe(2 * N + 2 * N); // the session's cells + one recorded cell per run
    const byId = new Map(all.cells.map((c: { cell_id: string; status: string }) => [c.cell_id, c.status]));
    for (let i = 0; i < N; i++) expect(byId.get(s.ids[i])).toBe("done");
    for (let i = N; i < 2 * N; i++) expect(byId.get(s.ids[i])).toBe("stale");
    const recorded = all.cells.slice(2 * N) as { cell_id: string }[];
    const ops = await Promise.all(
      recorded.map(async (c) => (await ok(sb, "cell", { cell_id: c.cell_id })).input.operation),
    );
    expect(ops.filter((o) => o === "promote_to_memory")).toHaveLength(N);
    expect(ops.filter((o) => o === "invalidate")).toHaveLength(N);
    const marked = await Promise.all(
      s.ids.slice(0, N).map(async (c) => (await ok(sb, "cell", { cell_id: c })).metadata),
    );
    for (const m of marked) expect(m.promoted_to_db).toBe(true);
    await ok(sb, "promote_to_memory", { cell_id: s.ids[0] });
    expect((await ok(sb, "session")).cells.by_status).toMatchObject({ stale: N, done: N + 2 * N + 1 });
  });

  it("two processes promoting the same cell make one node", async () => {
    const sb = sandbox();
    const s = session(sb);
    const [a, b] = await Promise.all([
      repl(sb, "promote_to_memory", { cell_id: s.ids[0] }),
      repl(sb, "promote_to_memory", { cell_id: s.ids[0] }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(new Set([a.json.status, b.json.status])).toEqual(new Set(["promoted", "already_promoted"]));
    expect(a.json.node_id).toBe(b.json.node_id);
    const db = new Database(sb.memoryDb, { readonly: true });
    expect((db.prepare("SELECT COUNT(*) AS n FROM nodes").get() as { n: number }).n).toBe(1);
    db.close();
  });
});
