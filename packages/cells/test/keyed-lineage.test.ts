import { rmSync, writeFileSync } from "node:fs";
import { createSessionStore } from "@rlm/session-store";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { openCells, snapshotFiles } from "../src/index.js";
import { keyedCellId } from "../src/keyed-id.js";
import { expectRebuildMatchesIndex, thrown } from "./helpers.js";

function session() {
  const tmp = tempDir("rlm-cells-");
  const store = createSessionStore({ root: tmp.join("root") });
  store.create("s", { cwd: tmp.path });
  const open = () => openCells(store, "s");
  return { tmp, store, open, cells: open(), file: (name: string) => tmp.join(name) };
}

describe("keyed cells (a tool_use_id → its cell, from any process)", () => {
  it("derives the id from the key, finds it again, and refuses a second create with the same key", () => {
    const { cells, open } = session();
    const c = cells.create({ type: "tool", key: "toolu_01ABC" });
    expect(c.cell_id).toBe(keyedCellId("toolu_01ABC", 0));
    expect(c.extra?.key).toBe("toolu_01ABC");
    expect(open().findKey("toolu_01ABC")).toBe(c.cell_id);
    expect(open().findKey("toolu_other")).toBeNull();
    const err = thrown(() => open().create({ type: "tool", key: "toolu_01ABC" }));
    expect(err).toMatchObject({ code: "ERR_RLM_CELL_EXISTS", cellId: c.cell_id });
  });

  it("two keys whose first ids collide get different cells, each found again", () => {
    // Birthday search for a real collision of the first attempt (32 bits: ~1 in 200,000 keys).
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; pair === null; i++) {
      const key = `toolu_${i}`;
      const id = keyedCellId(key, 0);
      const other = seen.get(id);
      if (other !== undefined) pair = [other, key];
      else seen.set(id, key);
    }
    const { cells, open } = session();
    const first = cells.create({ type: "tool", key: pair[0] });
    const second = cells.create({ type: "tool", key: pair[1] });
    expect(first.cell_id).toBe(keyedCellId(pair[0], 0));
    expect(second.cell_id).toBe(keyedCellId(pair[1], 1));
    expect(open().findKey(pair[0])).toBe(first.cell_id);
    expect(open().findKey(pair[1])).toBe(second.cell_id);
  }, 60_000);

  it("refuses an empty key, or a key together with cellId", () => {
    const { cells } = session();
    expect(thrown(() => cells.create({ type: "tool", key: "" })).code).toBe("ERR_RLM_VALIDATION");
    expect(thrown(() => cells.create({ type: "tool", key: "k", cellId: "cell_00000001" })).code).toBe(
      "ERR_RLM_VALIDATION",
    );
  });
});

describe("lineage: writers and the cells that read what they wrote", () => {
  it("a write makes every reader of other content stale (transitively), in every process, and through a rebuild", () => {
    const { cells, open, file } = session();
    const path = file("a.ts");
    writeFileSync(path, "v1");
    const read = cells.create({
      type: "tool",
      input: { operation: "Read", context_snapshot: { files: snapshotFiles([path]) } },
      output: { result: "v1" },
    });
    const use = cells.create({ type: "repl", dependencies: [read.cell_id], output: { result: 1 } });
    const other = cells.create({ type: "repl", output: { result: 2 } });
    const edit = cells.create({
      type: "tool",
      key: "toolu_edit",
      input: { operation: "Edit", context_snapshot: { files: snapshotFiles([path]) } },
    });
    writeFileSync(path, "v2");
    cells.complete(edit.cell_id, { result: "ok", writes: [path] });

    const view = open();
    expect(view.get(read.cell_id)).toMatchObject({ status: "stale", status_reason: `file changed: ${path}` });
    expect(view.get(use.cell_id)).toMatchObject({
      status: "stale",
      status_reason: `dependency stale: ${read.cell_id}`,
    });
    expect(view.get(other.cell_id).status).toBe("done");
    expect(view.get(edit.cell_id).status).toBe("done"); // the writer is not stale by its own write
    expect(view.lastWriter(path)).toBe(edit.cell_id);
    expect(view.get(edit.cell_id).extra?.writes).toEqual({ [path]: snapshotFiles([path])[path] });

    // a later reader of the new content is not stale, and may depend on the writer
    const reread = view.create({
      type: "tool",
      input: { context_snapshot: { files: snapshotFiles([path]) } },
      dependencies: [edit.cell_id],
      output: { result: "v2" },
    });
    expect(open().get(reread.cell_id).status).toBe("done");
    expectRebuildMatchesIndex(open());

    // the disk holds what the edit left: checking it finds nothing (not the writer, whose
    // snapshot is the content it read, nor the reader that depends on it) …
    expect(open().invalidate({ checkDisk: true })).toEqual([]);
    // … until the file changes outside any cell
    writeFileSync(path, "v3");
    expect(
      open()
        .invalidate({ checkDisk: true })
        .map((c) => [c.cellId, c.reason.kind]),
    ).toEqual([
      [edit.cell_id, "file_changed"],
      [reread.cell_id, "file_changed"],
    ]);
  });

  it("a file changed outside any cell, or deleted: its readers become stale (file_deleted reason)", () => {
    const { cells, open, file } = session();
    const path = file("b.txt");
    writeFileSync(path, "one");
    const r = cells.create({
      type: "tool",
      input: { context_snapshot: { files: snapshotFiles([path]) } },
      output: { result: "one" },
    });
    writeFileSync(path, "one"); // same content: nothing to distrust
    expect(cells.fileChanged(path)).toMatch(/^sha256:/);
    expect(open().get(r.cell_id).status).toBe("done");
    rmSync(path);
    expect(cells.fileChanged(path)).toBeNull();
    expect(open().get(r.cell_id)).toMatchObject({ status: "stale", status_reason: `file deleted: ${path}` });
    expectRebuildMatchesIndex(open());
  });

  it("a cell that read the old content but reached the journal after the change is stale too", () => {
    const { cells, open, file } = session();
    const path = file("c.txt");
    writeFileSync(path, "old");
    const oldHash = snapshotFiles([path]);
    const readAt = Date.now() / 1000;
    writeFileSync(path, "new");
    cells.fileChanged(path);
    const late = cells.create({
      type: "tool",
      createdAt: readAt,
      input: { context_snapshot: { files: oldHash } },
      output: { result: "old" },
    });
    expect(open().get(late.cell_id).status).toBe("stale");
    expectRebuildMatchesIndex(open());
  });

  it("files learnt at completion (a search's matches) join the snapshot and are watched", () => {
    const { cells, open, file } = session();
    const path = file("found.ts");
    writeFileSync(path, "x");
    const grep = cells.create({ type: "tool", key: "toolu_grep" });
    cells.complete(grep.cell_id, { result: { filenames: [path] }, reads: [path] });
    expect(Object.keys(open().get(grep.cell_id).input.context_snapshot.files)).toEqual([path]);
    writeFileSync(path, "y");
    cells.fileChanged(path);
    expect(open().get(grep.cell_id).status).toBe("stale");
  });
});

describe("completeIfPending and updateMetadata", () => {
  it("completeIfPending completes a pending cell once and never overwrites an outcome", () => {
    const { cells } = session();
    const c = cells.create({ type: "tool" });
    expect(cells.completeIfPending(c.cell_id, { error: "orphaned", reason: "no PostToolUse" })).toMatchObject(
      {
        status: "error",
        status_reason: "no PostToolUse",
      },
    );
    expect(cells.completeIfPending(c.cell_id, { result: 1 })).toBeNull();
    expect(cells.get(c.cell_id).output.error).toBe("orphaned");
  });

  it("updateMetadata merges, keeps status, output and key; a bad patch changes nothing", () => {
    const { cells } = session();
    const c = cells.create({ type: "repl", output: { result: 42 } });
    const before = cells.get(c.cell_id);
    const after = cells.updateMetadata(c.cell_id, { promoted_to_db: true, memory_node_id: "n-1" });
    expect(after.metadata).toMatchObject({ promoted_to_db: true, memory_node_id: "n-1", depth: 0 });
    expect(after.output).toEqual(before.output);
    expect(after.extra?.cache_key).toBe(before.extra?.cache_key);
    expect(thrown(() => cells.updateMetadata(c.cell_id, { depth: -1 })).code).toBe("ERR_RLM_VALIDATION");
    expect(cells.get(c.cell_id).metadata).toMatchObject({ promoted_to_db: true, depth: 0 });
  });
});

describe("dependencies learnt at completion", () => {
  it("are added like addDependency: journaled, visible to other processes, checked for missing, self and cycles", () => {
    const { cells, open } = session();
    const writer = cells.create({ type: "tool", output: { result: "w" } });
    const search = cells.create({ type: "tool", key: "toolu_search" });
    cells.complete(search.cell_id, { result: ["a.ts"], dependencies: [writer.cell_id] });
    expect(open().get(search.cell_id).dependencies).toEqual([writer.cell_id]);
    expect(open().dependents(writer.cell_id)).toEqual([search.cell_id]);
    const later = cells.create({ type: "repl", dependencies: [search.cell_id] });
    const loop = cells.create({ type: "tool", dependencies: [later.cell_id] });
    expect(
      thrown(() => cells.complete(writer.cell_id, { result: "x", dependencies: [loop.cell_id] })).code,
    ).toBe("ERR_RLM_CYCLE");
    expect(
      thrown(() => cells.complete(loop.cell_id, { result: "x", dependencies: ["cell_0badbeef"] })).code,
    ).toBe("ERR_RLM_MISSING_DEPENDENCY");
    expect(open().get(writer.cell_id).output.result).toBe("w"); // nothing written by the refused completions
    expectRebuildMatchesIndex(open());
  });
});

describe("an outcome given at creation", () => {
  it("takes reads and dependencies like a completion (a PostToolUse whose PreToolUse never came)", () => {
    const { cells, open, file } = session();
    const path = file("x.ts");
    writeFileSync(path, "x");
    const writer = cells.create({ type: "tool", output: { result: "w" } });
    const spec = { type: "tool" as const, key: "toolu_late", input: { operation: "Grep" } };
    const c = cells.create({
      ...spec,
      output: { result: [path], reads: [path], dependencies: [writer.cell_id] },
    });
    const got = open().get(c.cell_id);
    expect(got.dependencies).toEqual([writer.cell_id]);
    expect(got.input.context_snapshot.files).toEqual(snapshotFiles([path]));
    expect(spec.input).toEqual({ operation: "Grep" }); // the caller's spec is not modified
  });
});

describe("a change notice for content the session already knows", () => {
  it("is a no-op: Claude Code's watcher reporting the edit a cell just made leaves the writer and later readers alone", () => {
    const { cells, open, file } = session();
    const path = file("own.txt");
    writeFileSync(path, "v1");
    const edit = cells.create({
      type: "tool",
      key: "toolu_own",
      input: { context_snapshot: { files: snapshotFiles([path]) } },
    });
    writeFileSync(path, "v2");
    cells.complete(edit.cell_id, { result: "ok", writes: [path] });
    const read = cells.create({
      type: "tool",
      input: { context_snapshot: { files: snapshotFiles([path]) } },
      output: { result: "v2" },
    });
    cells.fileChanged(path); // same content as the edit left
    expect(open().get(edit.cell_id).status).toBe("done");
    expect(open().get(read.cell_id).status).toBe("done");
    writeFileSync(path, "v3");
    cells.fileChanged(path);
    expect(open().get(read.cell_id).status).toBe("stale");
    expectRebuildMatchesIndex(open());
  });
});
