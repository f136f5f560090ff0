import type { Cell } from "@rlm/session-schema/core";
import { writeFileAtomicSync } from "@rlm/session-store";
import { readJsonNoFollow } from "./read-no-follow.js";
import type { StoreContext } from "./store-context.js";

// `cells/writers.json`: absolute path → the cell that last wrote it (a cell that declared
// `writes`). Derived, like index.json: a rebuild recomputes it from the cell files. It
// exists so that a hook can find a file's writer with one small read, without the index.

export type Writers = Record<string, string>;

/** The map as on disk; an absent or unusable file reads as empty (a rebuild recomputes it). */
export function readWriters(path: string): Writers {
  try {
    const doc = readJsonNoFollow(path);
    return typeof doc === "object" && doc !== null && !Array.isArray(doc) ? (doc as Writers) : {};
  } catch {
    return {};
  }
}

/** Record `cellId` as the last writer of `paths` (caller holds the cells lock). */
export function recordWriter(ctx: StoreContext, cellId: string, paths: readonly string[]): void {
  if (paths.length === 0) return;
  const writers = readWriters(ctx.paths.writers);
  for (const p of paths) writers[p] = cellId;
  writeFileAtomicSync(ctx.paths.writers, `${JSON.stringify(writers)}\n`, { fsync: ctx.fsync });
}

/** The paths a cell wrote (`extra.writes`: path → hash after the write). */
export function writesOf(cell: Cell): string[] {
  const w = cell.extra?.writes;
  return typeof w === "object" && w !== null && !Array.isArray(w) ? Object.keys(w) : [];
}

/** Recompute writers.json from the cell files: per path, the writer that finished last. */
export function writeWritersOf(ctx: StoreContext, cells: readonly Cell[]): void {
  const writers: Writers = {};
  const when: Record<string, number> = {};
  for (const c of cells) {
    if (c.status === "pending" || c.status === "error") continue;
    const t = c.completed_at ?? c.created_at;
    for (const p of writesOf(c)) {
      if ((when[p] ?? -1) > t) continue;
      when[p] = t;
      writers[p] = c.cell_id;
    }
  }
  writeFileAtomicSync(ctx.paths.writers, `${JSON.stringify(writers)}\n`, { fsync: ctx.fsync });
}
