import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDag } from "../src/test-support.js";
import { codeOf, freshStore } from "./helpers.js";

// index.json and the journal are derived, but the journal is also where stale marks live
// until the next compaction. Damage to either is detected, rebuilt from the cell files,
// reported, and the damaged bytes are kept next to the new files, never thrown away.

const cellsDir = (dir: string) => join(dir, "cells");
const journal = (dir: string) => join(cellsDir(dir), "index.journal.jsonl");
const damaged = (dir: string) => readdirSync(cellsDir(dir)).filter((n) => n.includes(".damaged-"));

function session() {
  const s = freshStore();
  const id = buildDag(s.store, { a: [], b: ["a"], c: [] });
  s.store.invalidate({ cellIds: [id.a as string] }); // a, b stale: marks only in the journal
  return { ...s, id };
}

describe("a damaged journal header", () => {
  it("is not ignored: readers rebuild, keeping every cell and the stale marks", () => {
    const { dir, reopen, id } = session();
    const bytes = readFileSync(journal(dir), "utf8");
    writeFileSync(journal(dir), `#${bytes.slice(1)}`);
    const r = reopen();
    expect(r.size).toBe(3);
    expect(r.get(id.b as string).status).toBe("stale");
    expect(damaged(dir)).toHaveLength(1);
    expect(readFileSync(join(cellsDir(dir), damaged(dir)[0] as string), "utf8")).toBe(`#${bytes.slice(1)}`);
  });

  it("is not wiped by the next writer", () => {
    const { dir, reopen, id } = session();
    writeFileSync(journal(dir), `garbage${readFileSync(journal(dir), "utf8")}`);
    const made = reopen().create({ type: "tool" }); // a store that has read nothing yet
    const r = reopen();
    expect(r.list().map((s) => s.cellId)).toEqual([id.a, id.b, id.c, made.cell_id]);
    expect(r.list({ status: "stale" }).map((s) => s.cellId)).toEqual([id.a, id.b]);
  });

  it("is refused with ERR_RLM_CORRUPT_FILE when autoRebuild is off", () => {
    const { dir, reopen } = session();
    writeFileSync(journal(dir), `garbage${readFileSync(journal(dir), "utf8")}`);
    expect(codeOf(() => reopen({ autoRebuild: false }).size)).toBe("ERR_RLM_CORRUPT_FILE");
  });

  it("explicit rebuild reports it and where the old bytes are", () => {
    const { dir, reopen, id } = session();
    writeFileSync(journal(dir), `garbage${readFileSync(journal(dir), "utf8")}`);
    const report = reopen({ autoRebuild: false }).rebuild();
    expect(report).toMatchObject({ cells: 3, keptStale: 2, orphans: [], unindexed: [] });
    expect(report.preserved).toEqual([join(cellsDir(dir), damaged(dir)[0] as string)]);
    expect(reopen().get(id.a as string).status).toBe("stale");
  });
});

describe("damaged journal lines and a damaged index.json", () => {
  it("rebuild counts a garbage line and a torn last line, and keeps the old journal", () => {
    const { dir, reopen, id } = session();
    appendFileSync(journal(dir), "\u0000garbage\n");
    appendFileSync(journal(dir), '{"op":"invalidate","ids":["');
    const before = readFileSync(journal(dir), "utf8");
    const report = reopen().rebuild();
    expect(report.corruptJournalLines).toBe(2);
    expect(report.keptStale).toBe(2);
    expect(report.preserved).toHaveLength(1);
    expect(readFileSync(report.preserved[0] as string, "utf8")).toBe(before);
    expect(reopen().get(id.b as string).status).toBe("stale");
  });

  it("a clean rebuild preserves nothing", () => {
    const { reopen } = session();
    expect(reopen().rebuild().preserved).toEqual([]);
  });

  it("an unreadable index.json is kept aside when it is rebuilt (automatically or on request)", () => {
    const { store, dir, reopen, id } = session();
    store.flush();
    const index = join(cellsDir(dir), "index.json");
    writeFileSync(index, '{"version":1,"gen":1,"cells":{"cell_');
    expect(reopen().executionOrder()).toEqual([id.a, id.b, id.c]);
    expect(damaged(dir).map((n) => n.split(".damaged-")[0])).toEqual(["index.json"]);
    writeFileSync(index, "[]");
    const report = reopen({ autoRebuild: false }).rebuild();
    expect(report.previousIndex).toBe("unreadable");
    expect(report.preserved.map((p) => readFileSync(p, "utf8"))).toEqual(["[]"]);
  });

  it("rebuild leaves an unparsable cell file byte for byte in place", () => {
    const { store, dir } = session();
    const file = join(cellsDir(dir), "cell_0badf00d.json");
    writeFileSync(file, '{"cell_id": "cell_0badf00d", "torn');
    expect(store.rebuild().unparsable.map((u) => u.path)).toEqual([file]);
    expect(readFileSync(file, "utf8")).toBe('{"cell_id": "cell_0badf00d", "torn');
  });
});
