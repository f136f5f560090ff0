import { describe, expect, it } from "vitest";
import { CellGraph } from "./cell-graph.js";
import { type CellNode, makeNode, NO_IDS, NO_NODES } from "./cell-node.js";
import { topoOrder } from "./topo-order.js";

const node = (id: string, at: number, deps: string[] = []): CellNode =>
  makeNode({ id, type: "repl", status: "done", reason: null, at, deps, files: null });

describe("CellGraph", () => {
  it("orders by (created_at, id) when every edge points forward, without sorting", () => {
    const g = new CellGraph("/");
    g.add(node("cell_b", 1));
    g.add(node("cell_a", 1));
    g.add(node("cell_c", 2, ["cell_a"]));
    g.add(node("cell_0", 0.5));
    expect(g.executionOrder()).toEqual(["cell_0", "cell_a", "cell_b", "cell_c"]);
  });

  it("matches Kahn's algorithm when edges point backwards in time", () => {
    const g = new CellGraph("/");
    g.add(node("cell_x", 3));
    g.add(node("cell_y", 1, ["cell_x"]));
    g.add(node("cell_z", 2));
    expect(g.executionOrder()).toEqual(["cell_z", "cell_x", "cell_y"]);
    expect(topoOrder(g.inKeyOrder()).order.map((n) => n.id)).toEqual(["cell_z", "cell_x", "cell_y"]);
  });

  it("links a dependent that arrives before its dependency (out-of-order journal lines)", () => {
    const g = new CellGraph("/");
    g.add(node("cell_b", 2, ["cell_a"]));
    expect(g.executionOrder()).toEqual(["cell_b"]);
    g.add(node("cell_a", 1));
    expect(g.nodes.get("cell_a")?.dependents).toEqual(["cell_b"]);
    expect(g.executionOrder()).toEqual(["cell_a", "cell_b"]);
  });

  it("keeps dependents sorted and ignores duplicate creates (first wins)", () => {
    const g = new CellGraph("/");
    g.add(node("cell_a", 1));
    g.add(node("cell_c", 3, ["cell_a"]));
    g.add(node("cell_b", 2, ["cell_a"]));
    expect(g.add(node("cell_b", 9))).toBe(false);
    expect(g.nodes.get("cell_a")?.dependents).toEqual(["cell_b", "cell_c"]);
  });

  it("leaves cells on a cycle out of the order and reports the cycle", () => {
    const g = new CellGraph("/");
    g.add(node("cell_a", 1, ["cell_c"]));
    g.add(node("cell_b", 2, ["cell_a"]));
    g.add(node("cell_c", 3, ["cell_b"]));
    g.add(node("cell_d", 4));
    g.add(node("cell_e", 5, ["cell_e"]));
    expect(g.executionOrder()).toEqual(["cell_d"]);
    expect(g.cycles()).toEqual([
      ["cell_a", "cell_c", "cell_b", "cell_a"],
      ["cell_e", "cell_e"],
    ]);
  });

  it("sorts a 100,000-cell chain running against the clock iteratively", () => {
    const g = new CellGraph("/");
    const n = 100_000;
    // Added in key order (newest dependency first), so every edge points backwards.
    for (let i = n - 1; i >= 0; i--) g.add(node(`cell_${i}`, n - i, i === 0 ? [] : [`cell_${i - 1}`]));
    const order = g.executionOrder();
    expect(order).toHaveLength(n);
    expect(order[0]).toBe("cell_0");
    expect(order[n - 1]).toBe(`cell_${n - 1}`);
  });

  it("never adds to the shared empty adjacency lists (add, late dependencies, addEdge, bulkLoad)", () => {
    const g = new CellGraph("/");
    g.add(node("cell_b", 2, ["cell_a"]));
    g.add(node("cell_a", 1));
    g.add(node("cell_c", 3));
    g.addEdge("cell_c", "cell_b");
    g.add(node("cell_d", 4, ["cell_a", "cell_c"]));
    const h = new CellGraph("/");
    const loaded = [
      node("cell_a", 1),
      node("cell_b", 2, ["cell_a"]),
      node("cell_c", 3),
      node("cell_d", 4, ["cell_x"]),
    ];
    h.bulkLoad(loaded);
    h.add(node("cell_e", 5, ["cell_c"]));
    h.addEdge("cell_b", "cell_c");
    h.add(node("cell_x", 0.5));
    expect(NO_NODES).toEqual([]);
    expect(NO_IDS).toEqual([]);
    expect(h.nodes.get("cell_c")?.dependents).toEqual(["cell_b", "cell_e"]);
    expect(h.nodes.get("cell_x")?.dependents).toEqual(["cell_d"]);
  });
});
