import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createSessionStore, sharesCellWithParent } from "@rlm/session-store";
import { hashTree, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { type CellExecutors, type CellStore, openCells, snapshotFiles } from "../src/index.js";
import { expectRebuildMatchesIndex } from "./helpers.js";

// A fork shares its parent's cell files by hard link (@rlm/session-store). Everything the
// cells package does in the fork — complete, replay, invalidate, addDependency, create,
// flush, rebuild — must leave the parent's directory byte for byte as it was, and the
// fork must see exactly the parent's cells plus its own.

const bodies = (store: CellStore) => store.executionOrder().map((id) => store.get(id));

function parentSession(flushed: boolean) {
  const tmp = tempDir();
  writeFileSync(tmp.join("data.csv"), "a,1\nb,2\n");
  const sessions = createSessionStore({ root: tmp.join("sessions") });
  sessions.create("parent");
  const pdir = sessions.sessionDir("parent");
  const parent = openCells(sessions, "parent", { cwd: tmp.path });
  const files = snapshotFiles(["data.csv"], tmp.path);
  const read = parent.create({ type: "repl", input: { operation: "read", context_snapshot: { files } } });
  parent.complete(read.cell_id, { result: ["a,1", "b,2"], executionTimeMs: 2 });
  const sum = parent.create({ type: "repl", input: { operation: "sum" }, dependencies: [read.cell_id] });
  parent.complete(sum.cell_id, { result: 3 });
  const llm = parent.create({ type: "llm_call", output: { result: "ok", cachedResponse: "ok!" } });
  if (flushed) parent.flush(); // index.json holds these; the rest only the journal
  const tool = parent.create({ type: "tool", input: { operation: "Bash" } }); // still pending
  const free = parent.create({ type: "repl", input: { operation: "free" }, output: { result: 1 } });
  parent.invalidate({ cellIds: [llm.cell_id] });
  const ids = {
    read: read.cell_id,
    sum: sum.cell_id,
    llm: llm.cell_id,
    tool: tool.cell_id,
    free: free.cell_id,
  };
  return { tmp, sessions, pdir, parent, ids };
}

const executors = (tmp: { join(p: string): string }): CellExecutors => ({
  repl: (cell, deps) => {
    if (cell.input.operation === "read") return readFileSync(tmp.join("data.csv"), "utf8").trim().split("\n");
    if (cell.input.operation === "free") return `free after ${Object.values(deps)[0]?.result}`;
    const rows = Object.values(deps)[0]?.result as string[];
    return rows.map((r) => Number(r.split(",")[1])).reduce((x, y) => x + y, 0);
  },
});

describe.each([
  ["a flushed parent (index.json + journal)", true],
  ["a journal-only parent", false],
])("cells in a fork of %s", (_name, flushed) => {
  it("complete, replay, invalidate, addDependency and create in the fork never touch the parent", async () => {
    const { tmp, sessions, pdir, parent, ids } = parentSession(flushed);
    const parentOrder = parent.executionOrder();
    const parentList = parent.list();
    const parentBodies = bodies(parent);
    const before = hashTree(pdir);

    sessions.fork("parent", "child");
    const cdir = sessions.sessionDir("child");
    const child = openCells(sessions, "child", { cwd: tmp.path });
    expect(child.list()).toEqual(parentList);
    expect(bodies(child)).toEqual(parentBodies);
    expect(sharesCellWithParent(cdir, ids.read)).toBe(true);

    // Work in the fork on shared cells and new ones. First a store that has not loaded the
    // fork's index (session-store rewrote it pretty-printed, with the parent's gen).
    const early = openCells(sessions, "child", { cwd: tmp.path }).create({
      type: "tool",
      dependencies: [ids.read],
    });
    child.complete(ids.tool, { result: "exit 0", executionTimeMs: 5 });
    child.addDependency(ids.free, ids.sum);
    writeFileSync(tmp.join("data.csv"), "a,1\nb,2\nc,39\n");
    const changes = child.invalidate({ filePath: "data.csv" });
    expect(changes.map((c) => c.cellId)).toEqual([ids.read, ids.sum, ids.free]); // early is pending
    const report = await child.replay("stale", executors(tmp));
    expect(report.steps.map((s) => [s.cellId, s.outcome])).toEqual([
      [ids.read, "live"],
      [ids.sum, "live"],
      [ids.llm, "cached"], // stale since before the fork: served from its cached_response
      [ids.free, "live"],
    ]);
    expect(child.get(ids.sum).output.result).toBe(42);
    const own = child.create({ type: "verification", dependencies: [ids.sum, ids.llm] });
    child.complete(own.cell_id, { result: true });
    const forced = await child.replay([ids.llm], { llm_call: () => "new" }, { force: true });
    expect(forced.steps[0]?.outcome).toBe("live");
    expect(child.invalidate({ checkDisk: true })).toEqual([]);
    child.flush();
    // fsync: false writes new files the same way (temp file + link: never through a shared link)
    const bulk = openCells(sessions, "child", { cwd: tmp.path, fsync: false });
    const more = bulk.createMany([{ type: "tool" }, { type: "repl", output: { result: 0 } }]);

    // The parent's directory is byte for byte what it was, and its views see no change.
    expect(hashTree(pdir)).toEqual(before);
    expect(parent.list()).toEqual(parentList);
    expect(parent.executionOrder()).toEqual(parentOrder);
    expect(bodies(parent)).toEqual(parentBodies);
    const reopened = openCells(sessions, "parent", { cwd: tmp.path });
    expect(reopened.list()).toEqual(parentList);
    expect(bodies(reopened)).toEqual(parentBodies);
    expect(reopened.get(ids.llm).status).toBe("stale");

    // The fork: the parent's cells plus its own, nothing lost, nothing invented.
    const childIds = [...parentOrder, early.cell_id, own.cell_id, ...more.map((c) => c.cell_id)];
    expect(child.executionOrder().slice().sort()).toEqual(childIds.slice().sort());
    expect(child.get(ids.free).dependencies).toEqual([ids.sum]);
    expect(child.get(ids.tool).status).toBe("done");
    expect(child.get(ids.llm).output.result).toBe("new");
    expect(sharesCellWithParent(cdir, ids.read)).toBe(false);
    const fresh = openCells(sessions, "child", { cwd: tmp.path });
    expect(fresh.list()).toEqual(child.list());
    const onDisk = JSON.parse(readFileSync(join(cdir, "cells", "index.json"), "utf8"));
    expect(onDisk.session_id).toBe("child");
    expectRebuildMatchesIndex(fresh, { cells: childIds.length });
    expect(hashTree(pdir)).toEqual(before);
  });

  it("the parent's later writes do not reach the fork", () => {
    const { tmp, sessions, parent, ids } = parentSession(flushed);
    sessions.fork("parent", "child");
    const cdir = sessions.sessionDir("child");
    const child = openCells(sessions, "child", { cwd: tmp.path });
    const childBefore = hashTree(cdir);
    const childList = child.list();
    parent.complete(ids.tool, { error: "killed" });
    parent.addDependency(ids.free, ids.read);
    parent.invalidate({ cellIds: [ids.read] });
    parent.create({ type: "tool" });
    parent.flush();
    expect(hashTree(cdir)).toEqual(childBefore);
    expect(child.list()).toEqual(childList);
    expect(child.get(ids.tool).status).toBe("pending");
    expect(openCells(sessions, "child", { cwd: tmp.path }).list()).toEqual(childList);
  });
});
