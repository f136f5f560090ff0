import { resolve } from "node:path";
import type { Cell } from "@rlm/session-schema";
import { cacheKey } from "../cache-key.js";
import { readCell, rewriteCell } from "../cell-file.js";
import { nowEpochSeconds } from "../clock.js";
import { hashFile } from "../hash-file.js";
import { appendEntries, locked, type StoreContext } from "../store-context.js";
import { setCacheKey } from "../stored-key.js";
import { digestsOf } from "./current-key.js";
import { type CellExecutor, type CellOutputDoc, unwrapExecutorOutput } from "./executors.js";

export interface RunOutcome {
  ok: boolean;
  output: CellOutputDoc;
  error?: string;
  durationMs: number;
}

/**
 * Run one cell's executor and record the outcome in its file: output, `done`/`error`,
 * refreshed file hashes (the run read today's files) and the new cache key.
 */
export async function runCell(
  ctx: StoreContext,
  cell: Cell,
  executor: CellExecutor,
  deps: Readonly<Record<string, CellOutputDoc>>,
): Promise<RunOutcome> {
  const started = performance.now();
  let value: unknown;
  let error: string | null = null;
  try {
    value = await executor(cell, deps);
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const durationMs = performance.now() - started;
  const { result, cachedResponse } = unwrapExecutorOutput(value);
  const output: CellOutputDoc = {
    ...cell.output,
    result: error === null ? (result ?? null) : null,
    error,
    execution_time_ms: Math.round(durationMs * 1000) / 1000,
    cached_response: cachedResponse === undefined ? cell.output.cached_response : cachedResponse,
  };
  locked(ctx, () => {
    const fresh = readCell(ctx.paths, cell.cell_id);
    fresh.output = output;
    fresh.status = error === null ? "done" : "error";
    fresh.status_reason = null;
    fresh.completed_at = nowEpochSeconds();
    const files = fresh.input.context_snapshot.files;
    for (const path of Object.keys(files)) files[path] = hashFile(resolve(ctx.cwd, path));
    setCacheKey(fresh, cacheKey(fresh, files, digestsOf(deps)));
    const node = ctx.view?.graph.nodes.get(fresh.cell_id);
    if (node !== undefined) fresh.dependents = [...node.dependents];
    rewriteCell(ctx.paths, fresh, ctx.fsync);
    const entry = { op: "status" as const, id: fresh.cell_id, status: fresh.status, reason: null };
    appendEntries(ctx, [Object.keys(files).length > 0 ? { ...entry, files } : entry], true);
  });
  return error === null ? { ok: true, output, durationMs } : { ok: false, output, error, durationMs };
}
