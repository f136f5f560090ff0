import { resolve } from "node:path";
import { assertCellId, type Cell, validateCell } from "@rlm/session-schema/core";
import { writeFileAtomicSync } from "@rlm/session-store";
import { readCell, rewriteCell } from "./cell-file.js";
import { nowEpochSeconds } from "./clock.js";
import { hashFile } from "./hash-file.js";
import { probeKey } from "./keyed-id.js";
import { readJsonNoFollow } from "./read-no-follow.js";
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
    const next = validateCell(
      { ...cell, metadata: { ...cell.metadata, ...patch } },
      ctx.paths.cellFile(cellId),
    );
    rewriteCell(ctx.paths, next, ctx.fsync);
    if (next.metadata.promoted_to_db !== cell.metadata.promoted_to_db)
      writePromoted(ctx, promotedIds(ctx.paths.promoted), cellId, next.metadata.promoted_to_db);
    return next;
  });
}

/** Ids of the cells promoted to the memory database (`metadata.promoted_to_db`), without the index. */
export function promoted(ctx: StoreContext): string[] {
  return promotedIds(ctx.paths.promoted);
}

function promotedIds(path: string): string[] {
  try {
    const doc = readJsonNoFollow(path);
    return Array.isArray(doc) ? doc.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** Add or remove one id (caller holds the lock). */
function writePromoted(ctx: StoreContext, ids: string[], cellId: string, on: boolean): void {
  const next = ids.filter((id) => id !== cellId);
  if (on) next.push(cellId);
  writeFileAtomicSync(ctx.paths.promoted, `${JSON.stringify(next)}\n`, { fsync: ctx.fsync });
}

/** promoted.json from the cell files (rebuild). */
export function writePromotedOf(ctx: StoreContext, cells: readonly Cell[]): void {
  const ids = cells.filter((c) => c.metadata.promoted_to_db).map((c) => c.cell_id);
  writeFileAtomicSync(ctx.paths.promoted, `${JSON.stringify(ids)}\n`, { fsync: ctx.fsync });
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
