import { lstatSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashTree } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { entriesOf, expectCode, HOSTILE_IDS, newStore } from "../../test/helpers.js";
import { writeFileAtomicSync } from "../atomic-json.js";
import { resolveCellPath, sharesCellWithParent } from "./cell-path.js";

const CELL_A = "cell_0000000a";
const CELL_B = "cell_0000000b";

function parentWithCells() {
  const env = newStore();
  const { store, root } = env;
  store.create("p", { tags: ["t"], description: "parent" });
  store.update("p", (s) => {
    s.context.working_memory.k = "v";
    s.cells.count = 2;
  });
  const dir = join(root, "p");
  writeFileAtomicSync(resolveCellPath(dir, CELL_A), '{"cell_id":"cell_0000000a","v":1}\n');
  writeFileAtomicSync(resolveCellPath(dir, CELL_B), '{"cell_id":"cell_0000000b","v":1}\n');
  writeFileSync(join(dir, "cells/index.journal.jsonl"), '{"journal":true}\n');
  store.appendTrace("p", { kind: "before-fork" });
  return { ...env, dir };
}

describe("fork", () => {
  it("records parent, fork point and state as of the fork", () => {
    const { store } = parentWithCells();
    const parent = store.load("p");
    const child = store.fork("p", "c", { description: "child" });
    expect(child.metadata).toMatchObject({
      session_id: "c",
      parent_session_id: "p",
      session_type: "fork",
      tags: ["t"],
      description: "child",
      ended_at: null,
      claude_transcript_path: null,
    });
    expect(child.metadata.fork_point).toMatchObject({
      forked_at: child.metadata.created_at,
      parent_updated_at: parent.metadata.updated_at,
      parent_cell_count: 2,
    });
    expect(child.context.working_memory).toEqual({ k: "v" });
    expect(store.load("c")).toEqual(child);
    expect(JSON.parse(readFileSync(join(store.sessionDir("c"), "cells/index.json"), "utf8")).session_id).toBe(
      "c",
    );
    expect(readFileSync(join(store.sessionDir("c"), "cells/index.journal.jsonl"), "utf8")).toBe(
      '{"journal":true}\n',
    );
  });

  it("shares cells by hard link, and writes on either side never reach the other", () => {
    const { store, dir } = parentWithCells();
    const before = hashTree(dir);
    store.fork("p", "c");
    const forkDir = store.sessionDir("c");
    expect(lstatSync(resolveCellPath(forkDir, CELL_A)).ino).toBe(lstatSync(resolveCellPath(dir, CELL_A)).ino);
    expect(sharesCellWithParent(forkDir, CELL_A)).toBe(true);

    // the fork rewrites a shared cell (atomically, as every writer must) and adds one
    writeFileAtomicSync(resolveCellPath(forkDir, CELL_A), '{"cell_id":"cell_0000000a","v":2}\n');
    writeFileAtomicSync(resolveCellPath(forkDir, "cell_0000000c"), "{}\n");
    store.update("c", (s) => {
      s.context.working_memory.k = "changed";
    });
    store.appendTrace("c", { kind: "after-fork" });
    expect(hashTree(dir)).toEqual(before);
    expect(sharesCellWithParent(forkDir, CELL_A)).toBe(false);

    // the parent moves on: the fork keeps the snapshot
    writeFileAtomicSync(resolveCellPath(dir, CELL_B), '{"cell_id":"cell_0000000b","v":3}\n');
    expect(readFileSync(resolveCellPath(forkDir, CELL_B), "utf8")).toContain('"v":1');
    expect(readFileSync(resolveCellPath(forkDir, CELL_A), "utf8")).toContain('"v":2');

    // deleting the parent leaves the fork's cells intact
    store.delete("p");
    expect(readFileSync(resolveCellPath(forkDir, CELL_B), "utf8")).toContain('"v":1');
  });

  it("inherits log lines up to the fork point on request", () => {
    const { store } = parentWithCells();
    store.fork("p", "c");
    store.appendTrace("p", { kind: "parent-after" });
    store.appendTrace("c", { kind: "child-after" });
    const kinds = (id: string, inherit: boolean) =>
      store.readLog<{ kind: string }>(id, "traces", { inherit }).lines.map((l) => l.kind);
    expect(kinds("c", false)).toEqual(["child-after"]);
    expect(kinds("c", true)).toEqual(["before-fork", "child-after"]);
    store.delete("p");
    const orphan = store.readLog("c", "traces", { inherit: true });
    expect(orphan.lines).toHaveLength(1);
    expect(orphan.problems[0]?.reason).toMatch(/inherited lines unavailable/);
  });

  it("chains: lineage lists ancestors nearest first", () => {
    const { store } = parentWithCells();
    store.fork("p", "c");
    store.fork("c", "g");
    expect(store.lineage("g")).toEqual(["c", "p"]);
    expect(store.lineage("p")).toEqual([]);
    expect(store.readLog("g", "traces", { inherit: true }).lines).toHaveLength(1);
    store.delete("c");
    expect(store.lineage("g")).toEqual(["c"]);
  });

  it("refuses existing targets, unknown parents and hostile ids, creating nothing", () => {
    const { store, root } = parentWithCells();
    store.create("taken");
    expectCode(() => store.fork("p", "taken"), "ERR_RLM_SESSION_EXISTS");
    expectCode(() => store.fork("p", "p"), "ERR_RLM_SESSION_EXISTS");
    expectCode(() => store.fork("ghost", "c"), "ERR_RLM_SESSION_NOT_FOUND");
    for (const id of HOSTILE_IDS) {
      expectCode(() => store.fork("p", id), "ERR_RLM_INVALID_ID");
      expectCode(() => store.fork(id, "c"), "ERR_RLM_INVALID_ID");
    }
    expect(entriesOf(root)).toEqual(["p", "taken"]);
  });

  it("reports a corrupt parent index and leaves no half-made fork", () => {
    const { store, root, dir } = parentWithCells();
    writeFileSync(join(dir, "cells/index.json"), "{broken");
    expectCode(() => store.fork("p", "c"), "ERR_RLM_CORRUPT_FILE");
    expect(entriesOf(root)).toEqual(["p"]);
  });

  it("refuses a parent whose cells/ or reasoning/ is a symlink, writing nothing through it", () => {
    for (const sub of ["cells", "reasoning"]) {
      const { store, root, dir, base } = parentWithCells();
      const outside = join(base, "elsewhere");
      renameSync(join(dir, sub), outside);
      writeFileSync(join(outside, "cell_0badbeef.json"), "{}");
      symlinkSync(outside, join(dir, sub));
      const before = hashTree(outside);
      const err = expectCode(() => store.fork("p", "c"), "ERR_RLM_OUTSIDE_ROOT");
      expect(err.message).toContain(join(dir, sub));
      expect(hashTree(outside)).toEqual(before);
      expect(entriesOf(root)).toEqual(["p"]);
    }
  });
});
