import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDag } from "../src/test-support.js";
import { codeOf, freshStore } from "./helpers.js";

const journalLines = (dir: string) =>
  readFileSync(join(dir, "cells", "index.journal.jsonl"), "utf8")
    .trim()
    .split("\n");
const readIndex = (dir: string) => JSON.parse(readFileSync(join(dir, "cells", "index.json"), "utf8"));

describe("journal + index.json", () => {
  it("appends one journal line per change and folds them into index.json on flush", () => {
    const { store, dir } = freshStore();
    const a = store.create({ type: "tool" });
    const b = store.create({ type: "repl", dependencies: [a.cell_id] });
    store.complete(a.cell_id, { result: 1 });
    expect(readIndex(dir)).toMatchObject({ cells: {} }); // the empty index the session was created with
    const lines = journalLines(dir);
    expect(lines).toHaveLength(4); // header + create + create + status
    expect(JSON.parse(lines[0] as string)).toMatchObject({ journal: "rlm-cells", gen: 0 });
    expect(store.flush()).toEqual({ cells: 2, gen: 1 });
    expect(journalLines(dir)).toHaveLength(1);
    const idx = readIndex(dir);
    expect(idx).toMatchObject({
      version: 1,
      gen: 1,
      session_id: "sess-1",
      execution_order: [a.cell_id, b.cell_id],
    });
    expect(idx.cells[a.cell_id]).toMatchObject({ status: "done", dependents: [b.cell_id] });
  });

  it("compacts automatically once the journal outgrows its budget", () => {
    const { store, dir } = freshStore({ autoFlushBytes: 2000, fsync: false });
    for (let i = 0; i < 40; i++) store.create({ type: "tool" });
    const idx = readIndex(dir);
    expect(idx.gen).toBeGreaterThan(0);
    expect(Object.keys(idx.cells).length + journalLines(dir).length - 1).toBe(40);
    expect(store.size).toBe(40);
  });

  it("a reader in another store follows compactions made by a writer", () => {
    const { store, reopen } = freshStore({ autoFlushBytes: 1500, fsync: false });
    const reader = reopen();
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 10; i++) store.create({ type: "tool" });
      expect(reader.size).toBe((round + 1) * 10);
    }
    expect(reader.executionOrder()).toEqual(store.executionOrder());
  });

  it("skips a torn journal line (writer killed mid-line) and keeps appending after it", () => {
    const { store, dir, reopen } = freshStore();
    store.create({ type: "tool" });
    appendFileSync(join(dir, "cells", "index.journal.jsonl"), '{"op":"create","id":"cell_');
    const b = store.create({ type: "tool" });
    const fresh = reopen();
    expect(fresh.size).toBe(2);
    expect(fresh.has(b.cell_id)).toBe(true);
  });

  it("rebuilds automatically when index.json is corrupt", () => {
    const { store, dir, reopen } = freshStore();
    const ids = buildDag(store, { a: [], b: ["a"] });
    store.flush();
    writeFileSync(join(dir, "cells", "index.json"), "{ not json");
    const again = reopen();
    expect(again.executionOrder()).toEqual([ids.a, ids.b]);
    expect(readIndex(dir).cells[ids.b as string].dependencies).toEqual([ids.a]);
    writeFileSync(join(dir, "cells", "index.json"), "{ not json");
    expect(codeOf(() => reopen({ autoRebuild: false }).executionOrder())).toBe("ERR_RLM_CORRUPT_FILE");
  });

  it("works when index.json is missing but the journal moved on (crash between compaction steps)", () => {
    const { store, dir, reopen } = freshStore();
    const a = store.create({ type: "tool" });
    store.flush();
    const b = store.create({ type: "tool" });
    rmSync(join(dir, "cells", "index.json"));
    const again = reopen();
    expect(
      again
        .list()
        .map((s) => s.cellId)
        .sort(),
    ).toEqual([a.cell_id, b.cell_id].sort());
  });

  it.each([true, false])(
    "loses nothing when a compaction died between index.json and the journal (writer holds index: %s)",
    (loaded) => {
      const { store, dir, reopen } = freshStore();
      store.create({ type: "tool" });
      store.flush();
      const x = store.create({ type: "tool" });
      // Another process compacted to generation 2 and died before replacing the journal.
      writeFileSync(join(dir, "cells", "index.json"), JSON.stringify({ ...store.index(), gen: 2 }));
      const writer = loaded ? store : reopen();
      const y = writer.create({ type: "tool" });
      const fresh = reopen();
      expect(fresh.has(x.cell_id)).toBe(true);
      expect(fresh.has(y.cell_id)).toBe(true);
      expect(fresh.size).toBe(3);
    },
  );

  it("accepts an empty index.json written by another tool (no gen, no entries)", () => {
    const { dir, reopen } = freshStore();
    const s = reopen();
    s.create({ type: "tool" });
    writeFileSync(
      join(dir, "cells", "index.json"),
      JSON.stringify(
        {
          version: 1,
          session_id: "sess-1",
          cells: {},
          roots: [],
          leaves: [],
          execution_order: [],
          cycles_detected: [],
        },
        null,
        2,
      ),
    );
    rmSync(join(dir, "cells", "index.journal.jsonl"));
    const c = reopen().create({ type: "tool" });
    expect(reopen().has(c.cell_id)).toBe(true);
  });
});
