import { assertCellId, type Cell } from "@rlm/session-schema";
import { readCell, rewriteCell } from "./cell-file.js";
import { nowEpochSeconds } from "./clock.js";
import { appendEntries, locked, type StoreContext } from "./store-context.js";
import { keyAtCompletion, setCacheKey } from "./stored-key.js";
import type { CompleteCellOptions } from "./types.js";

/** Record a cell's outcome: `done`, or `error` when `error` is set. Computes and stores its cache key. */
export function completeCell(ctx: StoreContext, cellId: string, outcome: CompleteCellOptions): Cell {
  assertCellId(cellId);
  return locked(ctx, () => {
    const cell = readCell(ctx.paths, cellId);
    const error = outcome.error ?? null;
    const failed = error !== null;
    cell.output = {
      ...cell.output,
      result: outcome.result ?? null,
      error,
      execution_time_ms: outcome.executionTimeMs ?? null,
      cached_response: outcome.cachedResponse ?? null,
    };
    cell.status = failed ? "error" : "done";
    cell.status_reason = null;
    cell.completed_at = nowEpochSeconds();
    writeFinished(ctx, cell);
    return cell;
  });
}

/** Store a finished cell (caller holds the lock): key, current dependents, file, journal. */
export function writeFinished(ctx: StoreContext, cell: Cell): void {
  setCacheKey(cell, keyAtCompletion(ctx.paths, cell));
  ctx.view?.refresh(true);
  const node = ctx.view?.graph.nodes.get(cell.cell_id);
  if (node !== undefined) cell.dependents = [...node.dependents];
  rewriteCell(ctx.paths, cell, ctx.fsync);
  appendEntries(
    ctx,
    [{ op: "status", id: cell.cell_id, status: cell.status, reason: cell.status_reason }],
    true,
  );
}
