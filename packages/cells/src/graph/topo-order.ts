import type { CellNode } from "./cell-node.js";
import { MinHeap } from "./min-heap.js";

// Kahn's algorithm, iterative, with a heap of ranks so that among the cells that are
// ready the one first in (created_at, cell_id) order always goes next. Deterministic,
// O((V + E) log V), no recursion: a 100,000-cell chain is just a long loop. (The
// `toposort` package recurses once per node and overflows the stack on such a chain.)

export interface TopoResult {
  /** Every cell that can be ordered; cells in or behind a cycle are left out. */
  order: CellNode[];
  complete: boolean;
}

/** `byKey` must be sorted by (created_at, cell_id). */
export function topoOrder(byKey: readonly CellNode[]): TopoResult {
  const n = byKey.length;
  const indegree = new Int32Array(n);
  const heap = new MinHeap(n);
  for (let i = 0; i < n; i++) {
    const node = byKey[i] as CellNode;
    node.rank = i;
    indegree[i] = node.depNodes.length;
    if (indegree[i] === 0) heap.push(i);
  }
  const order: CellNode[] = [];
  while (heap.size > 0) {
    const node = byKey[heap.pop()] as CellNode;
    order.push(node);
    for (const d of node.dependentNodes) {
      const left = (indegree[d.rank] as number) - 1;
      indegree[d.rank] = left;
      if (left === 0) heap.push(d.rank);
    }
  }
  return { order, complete: order.length === n };
}
