import { rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { DELETED, snapshotFiles } from "../src/index.js";
import { freshStore } from "./helpers.js";

/** A store and the directory its relative snapshot paths resolve against. */
function setup() {
  const { store, dir } = freshStore();
  return { store, dir: dirname(dir) };
}

// A cell may legitimately read a file that does not exist ("is there a config?"). That
// is recorded as DELETED, not as null ("read, content unknown"), so it is a change when
// the file appears, and no change while it stays absent.

describe("files that are missing when a cell reads them", () => {
  it("snapshotFiles records a missing file as DELETED", () => {
    const { dir } = freshStore();
    expect(snapshotFiles(["no-such-file"], dir)).toEqual({ "no-such-file": DELETED });
  });

  it("still missing: not stale, served from cache; created later: stale and re-run", async () => {
    const { store, dir } = setup();
    const files = snapshotFiles(["config.json"], dir);
    const probe = store.create({
      type: "repl",
      input: { operation: "load_config", context_snapshot: { files } },
      output: { result: "defaults" },
    });
    const use = store.create({ type: "repl", dependencies: [probe.cell_id], output: { result: 1 } });
    expect(store.invalidate({ checkDisk: true })).toEqual([]);
    const runs: string[] = [];
    const exec = {
      repl: (cell: { cell_id: string }) => {
        runs.push(cell.cell_id);
        return "custom";
      },
    };
    expect((await store.replay("all", exec)).counts.cached).toBe(2);
    expect(runs).toEqual([]);

    writeFileSync(`${dir}/config.json`, "{}");
    const changes = store.invalidate({ checkDisk: true });
    expect(changes.map((c) => [c.cellId, c.reason.kind])).toEqual([
      [probe.cell_id, "file_changed"],
      [use.cell_id, "dependency_stale"],
    ]);
    await store.replay("stale", exec);
    expect(runs).toEqual([probe.cell_id, use.cell_id]);
  });

  it("a re-run that finds the file gone records DELETED and is not re-run again", async () => {
    const { store, dir } = setup();
    writeFileSync(`${dir}/input.txt`, "x");
    const cell = store.create({
      type: "repl",
      input: { context_snapshot: { files: snapshotFiles(["input.txt"], dir) } },
      output: { result: "x" },
    });
    rmSync(`${dir}/input.txt`);
    expect(store.invalidate({ checkDisk: true })[0]?.reason.kind).toBe("file_deleted");
    let runs = 0;
    const exec = {
      repl: () => {
        runs++;
        return "nothing to read";
      },
    };
    expect((await store.replay("stale", exec)).counts.live).toBe(1);
    expect(store.get(cell.cell_id).input.context_snapshot.files).toEqual({ [`${dir}/input.txt`]: DELETED });
    expect(store.invalidate({ checkDisk: true })).toEqual([]);
    expect((await store.replay("all", exec)).counts).toMatchObject({ cached: 1, live: 0 });
    expect(runs).toBe(1);
  });

  it("a file recorded as null (content unknown) still counts when it is deleted", () => {
    const { store, dir } = setup();
    writeFileSync(`${dir}/seen.txt`, "x");
    const cell = store.create({
      type: "tool",
      input: { context_snapshot: { files: { "seen.txt": null } } },
      output: { result: 1 },
    });
    writeFileSync(`${dir}/seen.txt`, "changed");
    expect(store.invalidate({ checkDisk: true })).toEqual([]);
    rmSync(`${dir}/seen.txt`);
    expect(store.invalidate({ checkDisk: true })).toEqual([
      {
        cellId: cell.cell_id,
        from: "done",
        reason: { kind: "file_deleted", path: `${dir}/seen.txt`, recorded: null },
      },
    ]);
  });
});
