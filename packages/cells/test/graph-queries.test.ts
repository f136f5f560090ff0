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
