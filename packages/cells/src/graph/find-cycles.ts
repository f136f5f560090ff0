import type { CellNode } from "./cell-node.js";

// Only needed when the cell files themselves contain a cycle (edited by hand, written by
// something else): the store never accepts one. Iterative Tarjan over the cells the
// topological sort could not place, then one concrete cycle per strongly connected part.

/** Each cycle as a path that starts and ends with the same cell: `[a, b, a]` = a → b → a. */
export function findCycles(
  candidates: readonly CellNode[],
  nodes: ReadonlyMap<string, CellNode>,
): string[][] {
  const inScope = new Set(candidates.map((c) => c.id));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  for (const start of candidates) {
    if (index.has(start.id)) continue;
    const work: Array<{ id: string; next: number }> = [{ id: start.id, next: 0 }];
    index.set(start.id, counter);
    low.set(start.id, counter++);
    stack.push(start.id);
    onStack.add(start.id);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: number };
      const deps = (nodes.get(frame.id) as CellNode).deps;
      if (frame.next < deps.length) {
        const w = deps[frame.next++] as string;
        if (!inScope.has(w)) continue;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, next: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(w) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const members: string[] = [];
      for (;;) {
        const m = stack.pop() as string;
        onStack.delete(m);
        members.push(m);
        if (m === frame.id) break;
      }
      const cycle = cycleThrough(members, nodes);
      if (cycle) cycles.push(cycle);
    }
  }
  return cycles.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

function cycleThrough(members: string[], nodes: ReadonlyMap<string, CellNode>): string[] | null {
  const first = [...members].sort()[0] as string;
  if (members.length === 1)
    return (nodes.get(first) as CellNode).deps.includes(first) ? [first, first] : null;
  // Breadth-first from `first` back to itself, staying inside the strongly connected part.
  const inPart = new Set(members);
  const parent = new Map<string, string>();
  const queue = [first];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const d of (nodes.get(id) as CellNode).deps) {
      if (!inPart.has(d)) continue;
      if (d === first) {
        const path = [first];
        for (let at: string | undefined = id; at !== undefined && at !== first; at = parent.get(at))
          path.push(at);
        return [first, ...path.slice(1).reverse(), first];
      }
      if (!parent.has(d)) {
        parent.set(d, id);
        queue.push(d);
      }
    }
  }
  return null;
}
