import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDag } from "../src/test-support.js";
import { freshStore } from "./helpers.js";

describe("rebuild", () => {
  it("reconstructs the same index from the cell files", () => {
    const { store } = freshStore();
    const ids = buildDag(store, { a: [], b: ["a"], c: ["a", "b"], d: [] });
    store.invalidate({ cellIds: [ids.b as string] });
    const before = store.index();
    const report = store.rebuild();
    expect(report).toMatchObject({
      cells: 4,
      orphans: [],
      unindexed: [],
      unparsable: [],
      cycles: [],
      keptStale: 2,
    });
    const { gen: _g1, updated_at: _u1, ...a } = before;
    const { gen: _g2, updated_at: _u2, ...b } = store.index();
    expect(b).toEqual(a);
  });

  it("reports orphans, unindexed files, unparsable files and dangling dependencies", () => {
    const { store, dir } = freshStore();
    const ids = buildDag(store, { a: [], b: ["a"], c: [] });
    store.flush();
    const cells = join(dir, "cells");
    rmSync(join(cells, `${ids.a}.json`));
    writeFileSync(join(cells, "cell_0badf00d.json"), "{ torn");
    const foreign = JSON.parse(readFileSync(join(cells, `${ids.c}.json`), "utf8"));
    writeFileSync(
      join(cells, "cell_0000feed.json"),
      JSON.stringify({ ...foreign, cell_id: "cell_0000feed" }),
    );
    writeFileSync(join(cells, "notes.txt"), "ignored");
    const report = store.rebuild();
    expect(report.orphans).toEqual([ids.a]);
    expect(report.unindexed).toEqual(["cell_0000feed"]);
    expect(report.unparsable.map((u) => u.path)).toEqual([join(cells, "cell_0badf00d.json")]);
    expect(report.danglingDependencies).toEqual([{ cellId: ids.b, missing: ids.a }]);
    expect(store.has("cell_0000feed")).toBe(true);
    expect(store.has(ids.a as string)).toBe(false);
    expect(store.executionOrder()).toContain(ids.b);
  });

  it("lists cycles found in hand-edited files in cycles_detected and orders the rest", () => {
    const { store, dir } = freshStore();
    const ids = buildDag(store, { a: [], b: ["a"], c: ["b"], free: [] });
    const file = join(dir, "cells", `${ids.a}.json`);
    const a = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...a, dependencies: [ids.c] }));
    const report = store.rebuild();
    expect(report.cycles).toHaveLength(1);
    const cycle = report.cycles[0] as string[];
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    expect(new Set(cycle)).toEqual(new Set([ids.a, ids.b, ids.c]));
    expect(store.index().cycles_detected).toEqual(report.cycles);
    expect(store.executionOrder()).toEqual([ids.free]);
  });
});
