import { assertCellId, ValidationError } from "@rlm/session-schema/core";
import { DELETED } from "./cache-key.js";
import { nowEpochSeconds } from "./clock.js";
import { CellNotFoundError } from "./errors/cell-not-found-error.js";
import type { CellGraph } from "./graph/cell-graph.js";
import type { CellNode } from "./graph/cell-node.js";
import type { FileIndex } from "./graph/file-index.js";
import { reachDependents } from "./graph/reachable.js";
import { hashFile } from "./hash-file.js";
import { appendEntries, ensureView, locked, type StoreContext } from "./store-context.js";
import type { InvalidationChange, InvalidationReason, InvalidationTarget } from "./types.js";

// Marks the target cells and everything downstream of them `stale` in one journal entry
// (fsync'd), under the lock. Cells that are already stale, or still pending (no output
// to distrust yet), keep their state but staleness still flows through them.

export function invalidate(ctx: StoreContext, target: InvalidationTarget): InvalidationChange[] {
  checkTarget(target);
  const hashes = new Map<string, string | null>();
  if ("checkDisk" in target) {
    // Hash outside the lock; paths first seen under the lock are hashed there.
    for (const abs of ensureView(ctx).graph.fileIndex().paths()) hashes.set(abs, hashFile(abs));
  }
  return locked(ctx, () => {
    const graph = ensureView(ctx).graph;
    const sources = findSources(graph, target, hashes);
    return markStale(ctx, graph, sources);
  });
}

/** Mark `sources` and their transitive dependents stale (caller holds the lock); returns the changes. */
export function markStale(
  ctx: StoreContext,
  graph: CellGraph,
  sources: ReadonlyMap<string, InvalidationReason>,
  dependentReason: (via: string) => InvalidationReason = (via) => ({ kind: "dependency_stale", via }),
): InvalidationChange[] {
  const starts: CellNode[] = [];
  for (const id of sources.keys()) {
    const node = graph.nodes.get(id);
    if (node !== undefined) starts.push(node);
  }
  const reached = reachDependents(graph, starts);
  const epoch = reached[0]?.mark;
  const changes: InvalidationChange[] = [];
  for (const id of graph.sortByExecution(reached, epoch)) {
    const node = graph.nodes.get(id) as CellNode;
    if (node.status === "stale" || node.status === "pending") continue;
    changes.push({
      cellId: id,
      from: node.status,
      reason: node.via === null ? (sources.get(id) as InvalidationReason) : dependentReason(node.via.id),
    });
  }
  if (changes.length > 0) {
    const ids = changes.map((c) => c.cellId);
    const reasons = changes.map((c) => describeReason(c.reason));
    appendEntries(ctx, [{ op: "invalidate", ids, reasons, at: nowEpochSeconds() }], true);
  }
  return changes;
}

function findSources(
  graph: CellGraph,
  target: InvalidationTarget,
  hashes: Map<string, string | null>,
): Map<string, InvalidationReason> {
  const sources = new Map<string, InvalidationReason>();
  if ("cellIds" in target) {
    for (const id of target.cellIds) {
      assertCellId(id);
      if (!graph.nodes.has(id)) throw new CellNotFoundError(id, "the cell index");
      sources.set(id, { kind: "requested" });
    }
    return sources;
  }
  const files = graph.fileIndex();
  if ("filePath" in target) {
    const abs = files.key(target.filePath);
    for (const node of files.readers(target.filePath)) {
      sources.set(node.id, { kind: "file_changed", path: recordedPath(node, abs, files) });
    }
    return sources;
  }
  for (const abs of files.paths()) {
    if (!hashes.has(abs)) hashes.set(abs, hashFile(abs));
    const found = hashes.get(abs) ?? null;
    // The content the session's last recorded change left (a cell's own write, a FileChanged
    // mark): the readers of older content were marked when that change was applied, and the
    // writer, whose snapshot holds what it read before writing, is not stale by its own write.
    const mark = graph.fileMarks.get(abs);
    if (mark !== undefined && mark.hash === found) continue;
    for (const node of files.readers(abs)) {
      const path = recordedPath(node, abs, files);
      const recorded = node.files?.[path] ?? null;
      // DELETED: the cell saw the file missing, so only its appearance is a change.
      if (found === null) {
        if (recorded !== DELETED) sources.set(node.id, { kind: "file_deleted", path, recorded });
      } else if (recorded !== null && recorded !== found)
        sources.set(node.id, { kind: "file_changed", path, recorded, found });
    }
  }
  return sources;
}

/** Exactly one of the three forms (targets come from other programs through JSON). */
function checkTarget(target: unknown): asserts target is InvalidationTarget {
  const t = (typeof target === "object" && target !== null ? target : {}) as Record<string, unknown>;
  const given = ["cellIds", "filePath", "checkDisk"].filter((k) => t[k] !== undefined);
  const ok =
    given.length === 1 &&
    (Array.isArray(t.cellIds) ||
      (typeof t.filePath === "string" && t.filePath !== "") ||
      t.checkDisk === true);
  if (!ok) {
    const message = "give exactly one of { cellIds: string[] }, { filePath: string } or { checkDisk: true }";
    throw new ValidationError("invalidation target", [{ path: "(target)", message }]);
  }
}

function recordedPath(node: CellNode, abs: string, files: FileIndex): string {
  for (const p in node.files) if (files.key(p) === abs) return p;
  return abs;
}

/** The one-line `status_reason` stored for a change. */
export function describeReason(r: InvalidationReason): string {
  switch (r.kind) {
    case "requested":
      return "invalidated on request";
    case "file_changed":
      return `file changed: ${r.path}`;
    case "file_deleted":
      return `file deleted: ${r.path}`;
    case "dependency_stale":
      return `dependency stale: ${r.via}`;
    case "dependency_changed":
      return `dependency re-run with a different output: ${r.via}`;
  }
}
