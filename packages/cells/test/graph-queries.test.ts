import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { buildDag, cellsInDir, writeChainIndex } from "../src/test-support.js";
import { freshStore, SESSION } from "./helpers.js";

describe("graph queries", () => {
  //   a   b
  //   |\ /
  //   c d      e (alone)
  //    \|
  //     f
  const spec = { a: [], b: [], c: ["a"], d: ["a", "b"], e: [], f: ["c", "d"] };

  it("execution order respects every edge and breaks ties by creation", () => {
    const { store } = freshStore();
    const id = buildDag(store, spec);
    const name = Object.fromEntries(Object.entries(id).map(([k, v]) => [v, k]));
    expect(store.executionOrder().map((x) => name[x])).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("roots, leaves, dependency chain and dependents", () => {
    const { store } = freshStore();
    const id = buildDag(store, spec);
    const names = (ids: string[]) => ids.map((x) => Object.keys(id).find((k) => id[k] === x));
    expect(names(store.roots())).toEqual(["a", "b", "e"]);
    expect(names(store.leaves())).toEqual(["e", "f"]);
    expect(names(store.dependencyChain(id.f as string))).toEqual(["a", "b", "c", "d"]);
    expect(names(store.dependencyChain(id.c as string))).toEqual(["a"]);
    expect(store.dependencyChain(id.a as string)).toEqual([]);
    expect(names(store.dependents(id.a as string))).toEqual(["c", "d"]);
    expect(names(store.dependents(id.a as string, { transitive: true }))).toEqual(["c", "d", "f"]);
    expect(store.dependents(id.e as string, { transitive: true })).toEqual([]);
    expect(store.get(id.a as string).dependents).toEqual([id.c, id.d]);
  });

  it("a summary's empty dependents list is its own: pushing to it changes no other cell (index-loaded or not)", () => {
    const { store, reopen } = freshStore();
    const id = buildDag(store, spec);
    store.flush();
    for (const s of [store, reopen()]) {
      const leaves = s.list().filter((c) => c.dependents.length === 0);
      expect(leaves.length).toBeGreaterThan(1);
      const first = leaves[0];
      if (first === undefined) throw new Error("no leaf");
      (first.dependents as string[]).push("cell_deadbeef");
      expect(s.list().filter((c) => c.dependents.length === 0)).toHaveLength(leaves.length);
      expect(s.get(id.e as string).dependents).toEqual([]);
    }
  });

  it("orders by dependencies when they point to later-created cells (addDependency)", () => {
    const { store } = freshStore();
    const a = store.create({ type: "repl", cellId: "cell_0000000a" });
    const b = store.create({ type: "repl", cellId: "cell_0000000b" });
    const c = store.create({ type: "repl", cellId: "cell_0000000c" });
    store.addDependency(a.cell_id, c.cell_id);
    expect(store.executionOrder()).toEqual([b.cell_id, c.cell_id, a.cell_id]);
    expect(store.roots()).toEqual([b.cell_id, c.cell_id]);
  });

  it("writes roots, leaves and execution order into index.json on flush", () => {
    const { store, reopen } = freshStore();
    const id = buildDag(store, spec);
    store.flush();
    const idx = reopen().index();
    expect(idx.execution_order).toEqual(store.executionOrder());
    expect(idx.roots).toEqual([id.a, id.b, id.e]);
    expect(idx.leaves).toEqual([id.e, id.f]);
    expect(idx.cycles_detected).toEqual([]);
    expect(idx.cells[id.d as string]).toMatchObject({
      type: "repl",
      status: "done",
      dependencies: [id.a, id.b],
      dependents: [id.f],
    });
  });

  it("executionPage: a filtered page of the execution order with positions and counts; summaries by id", () => {
    const { store } = freshStore();
    const id = buildDag(store, spec);
    store.create({ type: "tool", cellId: "cell_0000000f", dependencies: [id.e as string] });
    const name = (x: string) => Object.keys(id).find((k) => id[k] === x) ?? x;
    const all = store.executionPage();
    expect(all.total).toBe(7);
    expect(all.matched).toBe(7);
    expect(all.cells.map((c) => [c.position, name(c.cellId)])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
      [4, "d"],
      [5, "e"],
      [6, "f"],
      [7, "cell_0000000f"],
    ]);
    expect(all.cells[3]).toEqual({ position: 4, ...store.list().find((c) => c.cellId === id.d) });
    const page = store.executionPage({}, 2, 3);
    expect(page).toMatchObject({ total: 7, matched: 7 });
    expect(page.cells.map((c) => c.position)).toEqual([3, 4, 5]);
    const tools = store.executionPage({ type: "tool" }, 0, 10);
    expect(tools).toMatchObject({ total: 7, matched: 1 });
    expect(tools.cells).toEqual([expect.objectContaining({ cellId: "cell_0000000f", position: 7 })]);
    expect(store.executionPage({ type: "repl" }, 5, 10)).toMatchObject({
      matched: 6,
      cells: [expect.anything()],
    });
    expect(store.executionPage({}, 7, 10).cells).toEqual([]);
    expect(
      store.summaries([id.f as string, "cell_deadbeef", id.a as string]).map((c) => name(c.cellId)),
    ).toEqual(["f", "a"]);
    expect(store.summaries([id.d as string])).toEqual(store.list().filter((c) => c.cellId === id.d));
  });

  it("index.json's recorded dependents are a hint: the dependencies decide", () => {
    const { store, dir, reopen } = freshStore();
    const id = buildDag(store, spec);
    store.flush();
    const path = join(dir, "cells", "index.json");
    const doc = JSON.parse(readFileSync(path, "utf8"));
    doc.cells[id.a as string].dependents = [id.f]; // wrong
    doc.cells[id.e as string].dependents = [id.c]; // e has none
    doc.cells[id.b as string].dependents = "nonsense";
    writeFileSync(path, JSON.stringify(doc));
    const again = reopen();
    expect(again.dependents(id.a as string)).toEqual([id.c, id.d]);
    expect(again.dependents(id.e as string)).toEqual([]);
    expect(again.dependents(id.b as string)).toEqual([id.d]);
    expect(again.get(id.d as string).dependents).toEqual([id.f]);
  });

  it("cells loaded without edges take new ones (the shared empty lists are replaced, not written to)", () => {
    const { store, reopen } = freshStore();
    const id = buildDag(store, spec);
    store.flush();
    const again = reopen();
    expect(again.dependents(id.e as string)).toEqual([]);
    const g = again.create({ type: "repl", dependencies: [id.e as string, id.f as string] });
    again.addDependency(id.e as string, id.b as string);
    expect(again.dependents(id.e as string)).toEqual([g.cell_id]);
    expect(again.dependents(id.b as string)).toEqual([id.d, id.e]);
    expect(again.dependents(id.a as string)).toEqual([id.c, id.d]);
    expect(reopen().dependents(id.e as string)).toEqual([g.cell_id]);
    expect(reopen().dependencyChain(g.cell_id).length).toBe(6);
  });

  it("handles a 100,000-cell chain without recursion (order, chain, dependents)", () => {
    // The chain is written straight into index.json (building it through create() would
    // only slow the test down); every query below is the store's own code path.
    const tmp = tempDir();
    const dir = tmp.join(SESSION);
    const n = 100_000;
    const store = cellsInDir(dir);
    const ids = writeChainIndex(dir, SESSION, n, { clock: "reversed" });
    const order = store.executionOrder();
    expect(order).toEqual(ids);
    expect(store.dependencyChain(ids[n - 1] as string)).toEqual(ids.slice(0, -1));
    expect(store.dependents(ids[0] as string, { transitive: true })).toHaveLength(n - 1);
    expect(store.roots()).toEqual([ids[0]]);
    expect(store.leaves()).toEqual([ids[n - 1]]);
    expect(store.index().cycles_detected).toEqual([]);
  });
});
