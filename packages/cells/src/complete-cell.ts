import { assertCellId, type Cell, validateCell } from "@rlm/session-schema/core";
import { outputDigest } from "./cache-key.js";
import { readCell, rewriteCell } from "./cell-file.js";
import { nowEpochSeconds } from "./clock.js";
import { CycleError } from "./errors/cycle-error.js";
import { MissingDependencyError } from "./errors/missing-dependency-error.js";
import { SelfDependencyError } from "./errors/self-dependency-error.js";
import { dependencyPath } from "./graph/reachable.js";
import { markStale } from "./invalidate.js";
import type { JournalEntry } from "./journal/journal-entry.js";
import { appendEntries, ensureView, locked, type StoreContext } from "./store-context.js";
import { keyAtCompletion, setCacheKey } from "./stored-key.js";
import type { CompleteCellOptions, InvalidationReason } from "./types.js";
import { hashWrites, writeMarks } from "./write-marks.js";
import { recordWriter } from "./writers.js";

/**
 * Record a cell's outcome: `done`, or `error` when `error` is set. Computes and stores its
 * cache key. An outcome the cell schema refuses (or that is not JSON) is refused with
 * ERR_RLM_VALIDATION and nothing is written. Completing a cell that already had an outcome
 * with a different output makes its dependents stale (`dependency_changed`): they were
 * computed from the old one. `writes` (done only) are hashed before the lock is taken.
 */
export function completeCell(ctx: StoreContext, cellId: string, outcome: CompleteCellOptions): Cell {
  assertCellId(cellId);
  const prepared = prepare(ctx, outcome);
  return locked(ctx, () => completeLocked(ctx, readCell(ctx.paths, cellId), outcome, prepared));
}

/**
 * Complete the cell only if its file still says `pending` (an orphan sweep must never
 * overwrite a real result that landed meanwhile); null when it was not pending.
 */
export function completeIfPending(
  ctx: StoreContext,
  cellId: string,
  outcome: CompleteCellOptions,
): Cell | null {
  assertCellId(cellId);
  const prepared = prepare(ctx, outcome);
  return locked(ctx, () => {
    const cell = readCell(ctx.paths, cellId);
    return cell.status === "pending" ? completeLocked(ctx, cell, outcome, prepared) : null;
  });
}

interface Prepared {
  writes: Record<string, string | null> | null;
  reads: Record<string, string | null> | null;
}

function prepare(ctx: StoreContext, outcome: CompleteCellOptions): Prepared {
  const done = (outcome.error ?? null) === null;
  return {
    writes: done && outcome.writes !== undefined ? hashWrites(ctx.cwd, outcome.writes) : null,
    reads: outcome.reads !== undefined ? hashWrites(ctx.cwd, outcome.reads) : null,
  };
}

/** The outcome into `cell` (read under the lock), written with its journal lines. */
export function completeLocked(
  ctx: StoreContext,
  cell: Cell,
  outcome: CompleteCellOptions,
  prepared: Prepared,
): Cell {
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
  cell.status_reason = outcome.reason ?? null;
  cell.completed_at = nowEpochSeconds();
  if (prepared.reads !== null)
    cell.input.context_snapshot.files = { ...cell.input.context_snapshot.files, ...prepared.reads };
  if (prepared.writes !== null) cell.extra = { ...(cell.extra ?? {}), writes: prepared.writes };
  const added = newDependencies(ctx, cell, outcome.dependencies ?? []);
  cell.dependencies = [...cell.dependencies, ...added];
  validateCell(cell, ctx.paths.cellFile(cell.cell_id)); // JSON-ness is checked before the temp file is opened
  const marks = prepared.writes === null ? [] : writeMarks(cell.cell_id, prepared.writes);
  writeFinished(
    ctx,
    cell,
    [...added.map((dep) => ({ op: "dependency" as const, id: cell.cell_id, dep })), ...marks],
    prepared.reads,
  );
  if (prepared.writes !== null) recordWriter(ctx, cell.cell_id, Object.keys(prepared.writes));
  if (before !== null && outputDigest(cell.output) !== before) staleDependents(ctx, cell.cell_id);
  return cell;
}

/** Dependencies to add at completion, checked like addDependency (missing, self, cycle). */
function newDependencies(ctx: StoreContext, cell: Cell, deps: readonly string[]): string[] {
  const added = [...new Set(deps)].filter((d) => !cell.dependencies.includes(d));
  if (added.length === 0) return [];
  const graph = ensureView(ctx).graph;
  const node = graph.nodes.get(cell.cell_id);
  for (const dep of added) {
    assertCellId(dep);
    if (dep === cell.cell_id) throw new SelfDependencyError(dep);
    const target = graph.nodes.get(dep);
    if (target === undefined) throw new MissingDependencyError(cell.cell_id, dep);
    const back = node === undefined ? null : dependencyPath(graph, target, node);
    if (back !== null) throw new CycleError([cell.cell_id, ...back]);
  }
  return added;
}

/** Store a finished cell (caller holds the lock): key, current dependents, file, journal (one append). */
export function writeFinished(
  ctx: StoreContext,
  cell: Cell,
  marks: JournalEntry[] = [],
  reads: Record<string, string | null> | null = null,
): void {
  setCacheKey(cell, keyAtCompletion(ctx.paths, cell));
  if (ctx.view !== null) ensureView(ctx);
  const node = ctx.view?.graph.nodes.get(cell.cell_id);
  if (node !== undefined) cell.dependents = [...node.dependents];
  rewriteCell(ctx.paths, cell, ctx.fsync);
  const status: JournalEntry = {
    op: "status",
    id: cell.cell_id,
    status: cell.status,
    reason: cell.status_reason,
    ...(reads === null ? {} : { files: reads }),
  };
  appendEntries(ctx, [status, ...marks], true);
}

/** The dependents of `cellId` (caller holds the lock), whose output just changed. */
function staleDependents(ctx: StoreContext, cellId: string): void {
  const graph = ensureView(ctx).graph;
  const sources = new Map<string, InvalidationReason>();
  for (const d of graph.nodes.get(cellId)?.dependents ?? [])
    sources.set(d, { kind: "dependency_changed", via: cellId });
  markStale(ctx, graph, sources);
}
