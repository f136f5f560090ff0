import { type CellNode, compareNodes } from "./cell-node.js";

// Sorted insertion by (created_at, cell_id). New cells are nearly always the newest, so
// the common case is a comparison with the last element and a push.

export function insertSorted(list: CellNode[], node: CellNode): void {
  const at = sortedIndex(list, node);
  if (at === list.length) list.push(node);
  else list.splice(at, 0, node);
}

/** Keeps `dep.dependents` (ids) and `dep.dependentNodes` in step, sorted by key. */
export function insertDependent(dep: CellNode, node: CellNode): void {
  if (dep.dependentNodes.length === 0) {
    // the first dependent: replace the shared empty lists (cell-node.ts)
    dep.dependentNodes = [node];
    dep.dependents = [node.id];
    return;
  }
  const list = dep.dependentNodes;
  const at = sortedIndex(list, node);
  if (list[at] === node) return;
  if (at === list.length) {
    list.push(node);
    dep.dependents.push(node.id);
  } else {
    list.splice(at, 0, node);
    dep.dependents.splice(at, 0, node.id);
  }
}

function sortedIndex(list: readonly CellNode[], node: CellNode): number {
  const last = list[list.length - 1];
  if (last === undefined || compareNodes(last, node) < 0) return list.length;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareNodes(list[mid] as CellNode, node) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
