import { resolve } from "node:path";
import { type Cell, validateCell } from "@rlm/session-schema/core";
import { cacheKey, DELETED } from "../cache-key.js";
import { readCell, rewriteCell } from "../cell-file.js";
import { nowEpochSeconds } from "../clock.js";
import { hashFile } from "../hash-file.js";
import { markStale } from "../invalidate.js";
import { appendEntries, ensureView, locked, type StoreContext } from "../store-context.js";
import { setCacheKey } from "../stored-key.js";
import type { InvalidationChange, InvalidationReason } from "../types.js";
import { digestsOf } from "./current-key.js";
import { type CellExecutor, type CellOutputDoc, unwrapExecutorOutput } from "./executors.js";

export interface RunOutcome {
  ok: boolean;
  output: CellOutputDoc;
  error?: string;
  durationMs: number;
  /** Made stale at once because a file the cell read changed while it ran (the cell first). */
  invalidated: InvalidationChange[];
}

type Hashes = Record<string, string>;

/**
 * Run one cell's executor and record the outcome in its file: output, `done`/`error`, the
 * hashes of its files as they were when the run started (what it read, so a change during
 * the run is never taken for what it read) and the new cache key. A file that changed
 * while the executor ran makes the cell and its dependents stale again at once. A result
 * that cannot be stored (not JSON, refused by the cell schema) fails the run.
 */
export async function runCell(
  ctx: StoreContext,
  cell: Cell,
  executor: CellExecutor,
  deps: Readonly<Record<string, CellOutputDoc>>,
): Promise<RunOutcome> {
  const read = hashAll(ctx.cwd, Object.keys(cell.input.context_snapshot.files));
  const started = performance.now();
  let value: unknown;
  let error: string | null = null;
  try {
    value = await executor(cell, deps);
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const durationMs = performance.now() - started;
  const base = { ...cell.output, execution_time_ms: Math.round(durationMs * 1000) / 1000 };
  const failed = (e: string): CellOutputDoc => ({ ...base, result: null, error: e });
  let output = failed(error ?? "");
  if (error === null) {
    const { result, cachedResponse } = unwrapExecutorOutput(value);
    output = { ...base, result: result ?? null, error: null };
    if (cachedResponse !== undefined) output.cached_response = cachedResponse;
    error = unstorable(cell, output);
    if (error !== null) output = failed(error);
  }
  const invalidated = locked(ctx, () => record(ctx, cell.cell_id, output, read, deps));
  return error === null
    ? { ok: true, output, durationMs, invalidated }
    : { ok: false, output, error, durationMs, invalidated };
}

function record(
  ctx: StoreContext,
  cellId: string,
  output: CellOutputDoc,
  read: Hashes,
  deps: Readonly<Record<string, CellOutputDoc>>,
): InvalidationChange[] {
  const fresh = readCell(ctx.paths, cellId);
  fresh.output = output;
  fresh.status = output.error === null ? "done" : "error";
  fresh.status_reason = null;
  fresh.completed_at = nowEpochSeconds();
  const files = fresh.input.context_snapshot.files;
  for (const path of Object.keys(files)) files[path] = read[path] ?? hashOrDeleted(ctx.cwd, path);
  setCacheKey(fresh, cacheKey(fresh, files, digestsOf(deps)));
  const node = ensureView(ctx).graph.nodes.get(cellId);
  if (node !== undefined) fresh.dependents = [...node.dependents];
  rewriteCell(ctx.paths, fresh, ctx.fsync);
  const entry = { op: "status" as const, id: cellId, status: fresh.status, reason: null };
  appendEntries(ctx, [Object.keys(files).length > 0 ? { ...entry, files } : entry], true);
  const moved = changedSince(ctx.cwd, files);
  return moved === null ? [] : markStale(ctx, ensureView(ctx).graph, new Map([[cellId, moved]]));
}

/** Why the output can not go into the cell file, or null. */
function unstorable(cell: Cell, output: CellOutputDoc): string | null {
  try {
    JSON.stringify(output);
    validateCell({ ...cell, output });
    return null;
  } catch (err) {
    return `the executor's result cannot be stored: ${(err as Error).message}`;
  }
}

function hashOrDeleted(cwd: string, path: string): string {
  return hashFile(resolve(cwd, path)) ?? DELETED;
}

function hashAll(cwd: string, paths: readonly string[]): Hashes {
  const out: Hashes = {};
  for (const p of paths) out[p] = hashOrDeleted(cwd, p);
  return out;
}

/** The first file whose content is no longer what was recorded, as an invalidation reason. */
function changedSince(
  cwd: string,
  recorded: Readonly<Record<string, string | null>>,
): InvalidationReason | null {
  for (const [path, was] of Object.entries(recorded)) {
    const now = hashOrDeleted(cwd, path);
    if (now === was) continue;
    return now === DELETED
      ? { kind: "file_deleted", path, recorded: was }
      : { kind: "file_changed", path, recorded: was, found: now };
  }
  return null;
}
