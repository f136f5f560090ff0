import { DELETED } from "../cache-key.js";
import type { FileMark } from "../journal/journal-entry.js";
import type { CellGraph } from "./cell-graph.js";
import type { CellNode } from "./cell-node.js";
import { reachDependents } from "./reachable.js";

// A file mark says "this file changed at `at` and now hashes to `hash`". Every reader
// resolves it the same way when it applies the mark (journal order): the cells that
// existed then and recorded another hash for the file become stale, and so does every
// transitive dependent (pending and already-stale cells keep their state; staleness still
// flows through them). The latest mark per file is kept (index.json `file_marks`) so that a
// cell whose create line reaches the journal after the mark, but that read the file
// before it changed, is caught too: that is what a rebuild from the files concludes.

/** The latest mark per absolute path. */
export interface KnownMark {
  hash: string | null;
  at: number;
  by: string | null;
}

/** The hash a cell recorded for `abs`, by any spelling of the path. */
function recorded(node: CellNode, abs: string, graph: CellGraph): string | null | undefined {
  const files = graph.fileIndex();
  for (const p in node.files) if (files.key(p) === abs) return node.files?.[p] ?? null;
  return undefined;
}

/** Whether `node` read `abs` before `mark` and saw other content than it has now. */
function outdatedBy(node: CellNode, abs: string, mark: KnownMark, graph: CellGraph): boolean {
  if (node.id === mark.by || !(node.at < mark.at)) return false;
  const seen = recorded(node, abs, graph);
  return seen !== undefined && seen !== (mark.hash ?? DELETED);
}

export function markReason(path: string, hash: string | null): string {
  return hash === null ? `file deleted: ${path}` : `file changed: ${path}`;
}

/** Apply a file mark to the graph (see the file header). */
export function applyFileMark(graph: CellGraph, m: FileMark): void {
  const abs = graph.fileIndex().key(m.path);
  const known = graph.fileMarks.get(abs);
  // The content is what the last mark said it was (e.g. Claude Code's watcher reporting the
  // edit a cell just made): nothing changed since, so nothing is stale.
  if (known !== undefined && known.hash === m.hash && known.at <= m.at) return;
  const mark: KnownMark = { hash: m.hash, at: m.at, by: m.by };
  if (known === undefined || known.at <= m.at) graph.fileMarks.set(abs, mark);
  const sources = graph
    .fileIndex()
    .readers(abs)
    .filter((n) => outdatedBy(n, abs, mark, graph));
  markReached(graph, sources, markReason(m.path, m.hash));
}

/** A cell just added: stale already if a file it read changed after it read it. */
export function checkNewNode(graph: CellGraph, node: CellNode): void {
  if (node.files === null || graph.fileMarks.size === 0) return;
  for (const p in node.files) {
    const abs = graph.fileIndex().key(p);
    const mark = graph.fileMarks.get(abs);
    if (mark !== undefined && outdatedBy(node, abs, mark, graph)) {
      markReached(graph, [node], markReason(abs, mark.hash));
      return;
    }
  }
}

/** `sources` and everything downstream become stale (except pending / stale ones). */
export function markReached(graph: CellGraph, sources: readonly CellNode[], reason: string): void {
  if (sources.length === 0) return;
  for (const n of reachDependents(graph, sources)) {
    if (n.status === "pending" || n.status === "stale") continue;
    n.status = "stale";
    n.reason = n.via === null ? reason : `dependency stale: ${n.via.id}`;
  }
}
