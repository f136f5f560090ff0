import type { CellGraph } from "./cell-graph.js";
import type { CellNode } from "./cell-node.js";

// Traversals mark nodes with a fresh epoch instead of filling a Set of ids, and record
// in `via` the node each one was reached from; both are valid until the next traversal.

/** Breadth-first over dependents from `sources` (included, `via` null). */
export function reachDependents(graph: CellGraph, sources: Iterable<CellNode>): CellNode[] {
  const epoch = graph.nextEpoch();
  const queue: CellNode[] = [];
  for (const s of sources) {
    if (s.mark === epoch) continue;
    s.mark = epoch;
    s.via = null;
    queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as CellNode;
    for (const d of node.dependentNodes) {
      if (d.mark === epoch) continue;
      d.mark = epoch;
      d.via = node;
      queue.push(d);
    }
  }
  return queue;
}

/** Every cell `start` depends on, directly or not (excluding `start` unless it sits on a cycle). */
export function reachDependencies(graph: CellGraph, start: CellNode): CellNode[] {
  const epoch = graph.nextEpoch();
  const out: CellNode[] = [];
  const stack = [...start.depNodes];
  while (stack.length > 0) {
    const node = stack.pop() as CellNode;
    if (node.mark === epoch) continue;
    node.mark = epoch;
    out.push(node);
    for (const d of node.depNodes) if (d.mark !== epoch) stack.push(d);
  }
  return out;
}

/** Shortest "depends on" path from `from` to `to` (both included, as ids), or null. */
export function dependencyPath(graph: CellGraph, from: CellNode, to: CellNode): string[] | null {
  const epoch = graph.nextEpoch();
  from.mark = epoch;
  from.via = null;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as CellNode;
    if (node === to) {
      const path: string[] = [];
      for (let at: CellNode | null = node; at !== null; at = at.via) path.push(at.id);
      return path.reverse();
    }
    for (const d of node.depNodes) {
      if (d.mark === epoch) continue;
      d.mark = epoch;
      d.via = node;
      queue.push(d);
    }
  }
  return null;
}
