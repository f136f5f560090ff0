import { describe, expect, it } from "vitest";
import { CellGraph } from "../graph/cell-graph.js";
import { makeNode } from "../graph/cell-node.js";
import { resolveSelection } from "./selection.js";

function graph(): CellGraph {
  const g = new CellGraph("/");
  const ids = ["cell_00000001", "cell_00000002", "cell_00000003", "cell_00000004"];
  for (const [i, id] of ids.entries()) {
    g.add(
      makeNode({
        id,
        type: "repl",
        status: i % 2 ? "stale" : "done",
        reason: null,
        at: i,
        deps: [],
        files: null,
      }),
    );
  }
  return g;
}

describe("replay selection", () => {
  it("resolves ranges, single positions, stale, all and id lists in execution order", () => {
    const g = graph();
    expect(resolveSelection("2-3", g)).toEqual(["cell_00000002", "cell_00000003"]);
    expect(resolveSelection(" 4 ", g)).toEqual(["cell_00000004"]);
    expect(resolveSelection("stale", g)).toEqual(["cell_00000002", "cell_00000004"]);
    expect(resolveSelection("all", g)).toHaveLength(4);
    expect(resolveSelection(["cell_00000003", "cell_00000001", "cell_00000003"], g)).toEqual([
      "cell_00000001",
      "cell_00000003",
    ]);
  });

  it("refuses out-of-range, reversed and malformed selections with ERR_RLM_REPLAY", () => {
    const g = graph();
    for (const bad of ["0-2", "3-2", "2-5", "two", "1-2-3"]) {
      expect(() => resolveSelection(bad, g)).toThrow(expect.objectContaining({ code: "ERR_RLM_REPLAY" }));
    }
    expect(() => resolveSelection(["cell_0000dead"], g)).toThrow(
      expect.objectContaining({ code: "ERR_RLM_CELL_NOT_FOUND" }),
    );
  });
});
