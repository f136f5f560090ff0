import { assertCellId, type Cell, parseCell } from "@rlm/session-schema";
import { outputDigest } from "./cache-key.js";
import { readCell, rewriteCell } from "./cell-file.js";
import { nowEpochSeconds } from "./clock.js";
import { markStale } from "./invalidate.js";
import { appendEntries, ensureView, locked, type StoreContext } from "./store-context.js";
import { keyAtCompletion, setCacheKey } from "./stored-key.js";
import type { CompleteCellOptions, InvalidationReason } from "./types.js";

/**
 * Record a cell's outcome: `done`, or `error` when `error` is set. Computes and stores its
 * cache key. An outcome the cell schema refuses (or that is not JSON) is refused with
 * ERR_RLM_VALIDATION and nothing is written. Completing a cell that already had an outcome
 * with a different output makes its dependents stale (`dependency_changed`): they were
 * computed from the old one.
 */
export function completeCell(ctx: StoreContext, cellId: string, outcome: CompleteCellOptions): Cell {
  assertCellId(cellId);
  return locked(ctx, () => {
    const cell = readCell(ctx.paths, cellId);
    const before = cell.status === "pending" ? null : outputDigest(cell.output);
    const error = outcome.error ?? null;
    cell.output = {
      ...cell.output,
      result: outcome.result ?? null,
      error,
      execution_time_ms: outcome.executionTimeMs ?? null,
      cached_response: outcome.cachedResponse ?? null,
    };
    cell.status = error === null ? "done" : "error";
    cell.status_reason = null;
    cell.completed_at = nowEpochSeconds();
    parseCell(cell, ctx.paths.cellFile(cellId)); // JSON-ness is checked before the temp file is opened
    writeFinished(ctx, cell);
    if (before !== null && outputDigest(cell.output) !== before) staleDependents(ctx, cellId);
    return cell;
  });
}

/** Store a finished cell (caller holds the lock): key, current dependents, file, journal. */
export function writeFinished(ctx: StoreContext, cell: Cell): void {
  setCacheKey(cell, keyAtCompletion(ctx.paths, cell));
  if (ctx.view !== null) ensureView(ctx);
  const node = ctx.view?.graph.nodes.get(cell.cell_id);
  if (node !== undefined) cell.dependents = [...node.dependents];
  rewriteCell(ctx.paths, cell, ctx.fsync);
  appendEntries(
    ctx,
    [{ op: "status", id: cell.cell_id, status: cell.status, reason: cell.status_reason }],
    true,
  );
}

/** The dependents of `cellId` (caller holds the lock), whose output just changed. */
function staleDependents(ctx: StoreContext, cellId: string): void {
  const graph = ensureView(ctx).graph;
  const sources = new Map<string, InvalidationReason>();
  for (const d of graph.nodes.get(cellId)?.dependents ?? [])
    sources.set(d, { kind: "dependency_changed", via: cellId });
  markStale(ctx, graph, sources);
}
