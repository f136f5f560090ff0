import { cpSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDag } from "../src/test-support.js";
import { freshStore } from "./helpers.js";

// openCells({reuse}) is for long-lived readers (rlm-repl's resident helper) that open a
// session per request: every check of an open runs again, and the index loaded before is
// kept when it was read from the same directory, session and cwd, then caught up with the
// disk on first use.

const index = (dir: string) => join(dir, "cells", "index.json");

describe("openCells with reuse", () => {
  it("sees what other stores wrote since (creates, completions, stale marks, a compaction)", () => {
    const { store, reopen } = freshStore();
    const id = buildDag(store, { a: [], b: ["a"] });
    let reader = reopen();
    expect(reader.list()).toHaveLength(2);

    const writer = reopen();
    const c = writer.create({ type: "tool", dependencies: [id.b as string] });
    reader = reopen({ reuse: reader });
    expect(reader.list().map((s) => s.cellId)).toEqual([id.a, id.b, c.cell_id]);
    expect(reader.get(c.cell_id).status).toBe("pending");

    writer.complete(c.cell_id, { result: 42 });
    writer.invalidate({ cellIds: [id.a as string] });
    reader = reopen({ reuse: reader });
    expect(reader.list({ status: "stale" }).map((s) => s.cellId)).toEqual([id.a, id.b, c.cell_id]);

    writer.flush(); // index.json rewritten, journal replaced
    writer.create({ type: "repl" });
    reader = reopen({ reuse: reader });
    expect(reader.list()).toHaveLength(4);
    expect(reader.list({ status: "stale" })).toHaveLength(3);
  });

  it("takes the loaded index over instead of reading index.json again", () => {
    const { store, dir, reopen } = freshStore({ autoRebuild: false });
    buildDag(store, { a: [], b: ["a"] });
    store.flush();
    const first = reopen();
    expect(first.list()).toHaveLength(2);
    // index.json damaged behind its back, journal untouched: a fresh open must read the
    // index (and, with autoRebuild off, refuses it); the reusing one never reads it again
    const bytes = "{ not json";
    writeFileSync(`${index(dir)}.tmp`, bytes);
    renameSync(`${index(dir)}.tmp`, index(dir));
    expect(() => reopen().list()).toThrow(/index/);
    expect(reopen({ reuse: first }).list()).toHaveLength(2);
  });

  it("does not reuse across a replaced directory, another cwd, or another session", () => {
    const { store, dir, reopen } = freshStore();
    buildDag(store, { a: [], b: ["a"] });
    const reader = reopen();
    expect(reader.list()).toHaveLength(2);

    // another cwd: relative snapshot paths would resolve elsewhere
    const elsewhere = reopen({ cwd: "/", reuse: reader });
    expect(elsewhere.list()).toHaveLength(2);

    // the directory removed and made again under the same id: a new session
    rmSync(dir, { recursive: true });
    const fresh = reopen({ reuse: reader });
    expect(fresh.list()).toEqual([]);
  });

  it("a cells/ directory put back from a backup is read as it is now, not as it was", () => {
    const { store, dir, reopen } = freshStore();
    buildDag(store, { a: [], b: ["a"] });
    const backup = `${dir}.backup-cells`;
    cpSync(join(dir, "cells"), backup, { recursive: true });
    let reader = reopen();
    const writer = reopen();
    writer.create({ type: "tool" });
    writer.create({ type: "tool" });
    expect(reader.list()).toHaveLength(4);
    rmSync(join(dir, "cells"), { recursive: true });
    cpSync(backup, join(dir, "cells"), { recursive: true });
    reader = reopen({ reuse: reader });
    expect(reader.list()).toEqual(reopen().list());
    expect(reader.list()).toHaveLength(2);
    reopen().create({ type: "repl" });
    reader = reopen({ reuse: reader });
    expect(reader.list()).toEqual(reopen().list());
    expect(reader.list()).toHaveLength(3);
  });

  it("repair: false with autoRebuild: false never writes: a damaged index is reported, not rebuilt", () => {
    const { store, dir, reopen } = freshStore();
    buildDag(store, { a: [] });
    store.flush();
    writeFileSync(index(dir), "garbage");
    rmSync(join(dir, "cells", "index.journal.jsonl"));
    const before = readdirSync(join(dir, "cells")).sort();
    expect(() => reopen({ autoRebuild: false, repair: false }).list()).toThrow(/index/);
    expect(readdirSync(join(dir, "cells")).sort()).toEqual(before);
  });

  it("leaves the earlier store usable: it loads the index again", () => {
    const { store, reopen } = freshStore();
    buildDag(store, { a: [] });
    const first = reopen();
    expect(first.list()).toHaveLength(1);
    const second = reopen({ reuse: first });
    second.create({ type: "tool" });
    expect(first.list()).toHaveLength(2);
    expect(second.list()).toHaveLength(2);
  });
});
