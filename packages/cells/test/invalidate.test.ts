import { rmSync, writeFileSync } from "node:fs";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { snapshotFiles } from "../src/index.js";
import { buildDag, cellsInDir } from "../src/test-support.js";
import { freshStore, SESSION, thrown } from "./helpers.js";

function setup() {
  const tmp = tempDir();
  writeFileSync(tmp.join("a.txt"), "alpha");
  writeFileSync(tmp.join("b.txt"), "beta");
  const store = cellsInDir(tmp.join(SESSION), { cwd: tmp.path });
  const files = {
    read_a: snapshotFiles(["a.txt"], tmp.path),
    read_b: snapshotFiles([tmp.join("b.txt")], tmp.path),
  };
  //  read_a → use_a → both ← read_b ; other (alone) ; waiting (pending, depends on read_a)
  const id = buildDag(
    store,
    { read_a: [], read_b: [], use_a: ["read_a"], both: ["use_a", "read_b"], other: [], waiting: ["read_a"] },
    { files, pending: ["waiting"] },
  );
  return { tmp, store, id };
}

describe("invalidate", () => {
  it("by cell id: the cell and every transitive dependent, with reasons", () => {
    const { store, id } = setup();
    const changes = store.invalidate({ cellIds: [id.use_a as string] });
    expect(changes).toEqual([
      { cellId: id.use_a, from: "done", reason: { kind: "requested" } },
      { cellId: id.both, from: "done", reason: { kind: "dependency_stale", via: id.use_a } },
    ]);
    expect(store.get(id.both as string)).toMatchObject({
      status: "stale",
      status_reason: `dependency stale: ${id.use_a}`,
    });
    expect(store.list({ status: "stale" })).toHaveLength(2);
    // already stale: nothing changes a second time
    expect(store.invalidate({ cellIds: [id.use_a as string] })).toEqual([]);
  });

  it("by file path (relative or absolute), leaving pending cells pending", () => {
    const { store, id, tmp } = setup();
    const changes = store.invalidate({ filePath: tmp.join("a.txt") });
    expect(changes.map((c) => [c.cellId, c.reason.kind])).toEqual([
      [id.read_a, "file_changed"],
      [id.use_a, "dependency_stale"],
      [id.both, "dependency_stale"],
    ]);
    expect(changes[0]?.reason).toEqual({ kind: "file_changed", path: tmp.join("a.txt") }); // stored absolute
    expect(store.get(id.waiting as string).status).toBe("pending");
    expect(store.invalidate({ filePath: "nothing-reads-this.txt" })).toEqual([]);
    expect(store.invalidate({ filePath: "b.txt" }).map((c) => c.cellId)).toEqual([id.read_b]);
  });

  it("by checking the disk: a changed file and a deleted file both count", () => {
    const { store, id, tmp } = setup();
    expect(store.invalidate({ checkDisk: true })).toEqual([]);
    writeFileSync(tmp.join("a.txt"), "ALPHA");
    rmSync(tmp.join("b.txt"));
    const changes = store.invalidate({ checkDisk: true });
    const byId = new Map(changes.map((c) => [c.cellId, c.reason]));
    expect(byId.get(id.read_a as string)).toMatchObject({ kind: "file_changed", path: tmp.join("a.txt") });
    expect(byId.get(id.read_b as string)).toMatchObject({ kind: "file_deleted", path: tmp.join("b.txt") });
    expect(byId.get(id.both as string)?.kind).toBe("dependency_stale");
    expect([...byId.keys()].sort()).toEqual([id.read_a, id.read_b, id.use_a, id.both].sort());
  });

  it("is visible to another store at once (journal) and survives flush + reopen", () => {
    const { store, id, tmp } = setup();
    const other = cellsInDir(tmp.join(SESSION), { cwd: tmp.path });
    expect(other.get(id.both as string).status).toBe("done");
    store.invalidate({ cellIds: [id.read_b as string] });
    expect(other.get(id.both as string).status).toBe("stale");
    store.flush();
    const third = cellsInDir(tmp.join(SESSION), { cwd: tmp.path });
    expect(third.get(id.both as string)).toMatchObject({
      status: "stale",
      status_reason: `dependency stale: ${id.read_b}`,
    });
  });

  it("refuses unknown cells", () => {
    const { store } = freshStore();
    expect(thrown(() => store.invalidate({ cellIds: ["cell_12345678"] })).code).toBe(
      "ERR_RLM_CELL_NOT_FOUND",
    );
  });
});
