import { assertCellId } from "@rlm/session-schema/core";
import { CellNotFoundError } from "../errors/cell-not-found-error.js";
import { ReplayError } from "../errors/replay-error.js";
import type { CellGraph } from "../graph/cell-graph.js";
import type { CellNode } from "../graph/cell-node.js";

/**
 * Which cells to replay: explicit ids, a 1-based inclusive range over the execution order
 * (`"2-4"`, or `"3"` for one), every stale cell (`"stale"`) or every cell (`"all"`).
 */
export type ReplaySelection = readonly string[] | "stale" | "all" | string;

const RANGE = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/;

/** The selected cell ids, in execution order. */
export function resolveSelection(selection: ReplaySelection, graph: CellGraph): string[] {
  const order = graph.executionOrder();
  if (Array.isArray(selection)) {
    const wanted = new Set<CellNode>();
    for (const id of selection as readonly string[]) {
      assertCellId(id);
      const node = graph.nodes.get(id);
      if (node === undefined) throw new CellNotFoundError(id, "the cell index");
      if (graph.positionOf(node) < 0)
        throw new ReplayError(`cannot replay ${id}: it sits on or behind a dependency cycle`);
      wanted.add(node);
    }
    return graph.sortByExecution([...wanted]);
  }
  if (selection === "all") return [...order];
  if (selection === "stale") return order.filter((id) => graph.nodes.get(id)?.status === "stale");
  const m = RANGE.exec(selection as string);
  if (m === null)
    throw new ReplayError(
      `bad replay selection ${JSON.stringify(selection)}`,
      'use cell ids, "2-4", "3", "stale" or "all"',
    );
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to < from || to > order.length)
    throw new ReplayError(`replay range ${from}-${to} is outside 1-${order.length} (the execution order)`);
  return order.slice(from - 1, to);
}
