import { resolve } from "node:path";
import { assertCellId, type Cell, parseCell } from "@rlm/session-schema";
import { readCell, rewriteCell } from "./cell-file.js";
import { nowEpochSeconds } from "./clock.js";
import { hashFile } from "./hash-file.js";
import { probeKey } from "./keyed-id.js";
import { appendEntries, locked, type StoreContext } from "./store-context.js";
import { readWriters } from "./writers.js";

/**
 * Merge `patch` into a cell's `metadata` (e.g. `{ promoted_to_db: true, memory_node_id }`),
 * under the lock. Status, output and cache key are untouched; nothing is journaled (the
 * index holds no metadata). A patch the schema refuses changes nothing (ERR_RLM_VALIDATION).
 */
export function updateMetadata(ctx: StoreContext, cellId: string, patch: Record<string, unknown>): Cell {
  assertCellId(cellId);
  return locked(ctx, () => {
    const cell = readCell(ctx.paths, cellId);
    const next = parseCell({ ...cell, metadata: { ...cell.metadata, ...patch } }, ctx.paths.cellFile(cellId));
    rewriteCell(ctx.paths, next, ctx.fsync);
    return next;
  });
}

/**
 * A file changed outside any cell (an editor, `git checkout`, Claude Code's FileChanged):
 * every cell that recorded other content for it becomes stale, transitively, when readers
 * apply the mark. One journal line; the index is not loaded. Returns the hash recorded (null: deleted).
 */
export function fileChanged(ctx: StoreContext, path: string): string | null {
  const abs = resolve(ctx.cwd, path);
  const hash = hashFile(abs);
  locked(ctx, () =>
    appendEntries(ctx, [{ op: "file", path: abs, hash, by: null, at: nowEpochSeconds() }], true),
  );
  return hash;
}

/** The cell that last wrote `path` in this session (declared `writes`), or null. One small read, no index. */
export function lastWriter(ctx: StoreContext, path: string): string | null {
  return readWriters(ctx.paths.writers)[resolve(ctx.cwd, path)] ?? null;
}

/** The id of the cell created with `key`, or null. Reads one cell file in the usual case. */
export function findKey(ctx: StoreContext, key: string): string | null {
  const probe = probeKey(ctx.paths, key);
  return "found" in probe ? probe.found.cell_id : null;
}
