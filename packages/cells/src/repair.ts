import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Cell } from "@rlm/session-schema/core";
import type { LockOwner } from "@rlm/session-store";
import { readCell } from "./cell-file.js";
import { createEntry } from "./create-cells.js";
import type { CellGraph } from "./graph/cell-graph.js";
import type { JournalEntry } from "./journal/journal-entry.js";
import { cellIdOfFile } from "./paths.js";
import { appendEntries, ensureView, type StoreContext } from "./store-context.js";
import { writeMarks } from "./write-marks.js";
import { recordWriter, writesOf } from "./writers.js";

// Every write to `cells/` happens under the cells lock: the cell file first, then its
// journal line. A writer killed in between leaves a file the index does not reflect (a
// cell missing, a completion or an edge not journaled). The next holder of the lock takes
// the dead holder's lock over and learns when it had taken it (`recovered`); it then
// re-journals what the files written since then say. Nothing is lost and nothing is
// guessed: the files are the record.

/** A file modified less than this before the dead holder took the lock is considered too (clock granularity). */
const SLACK_MS = 2000;

/** Cells intent stored in the lock owner record. */
export const CELLS_INTENT = { cells: 1 } as const;

export function isCellsOwner(owner: LockOwner): boolean {
  return typeof owner.intent === "object" && owner.intent !== null && "cells" in owner.intent;
}

/** Make the journal agree with every cell file written since `sinceMs` (caller holds the lock). */
export function repairSince(ctx: StoreContext, sinceMs: number): string[] {
  const since = sinceMs - SLACK_MS;
  return journalFiles(
    ctx,
    cellFiles(ctx, (_id, name) => lstatSync(join(ctx.paths.dir, name)).mtimeMs >= since),
    since,
  );
}

/**
 * Index the cell files the index does not know (caller holds the lock). A writer killed
 * between its file and its journal line is repaired by the next holder of the lock; this
 * covers what that cannot see: journal lines lost with the machine (a power cut after the
 * cell file's fsync, the journal's append not yet on disk), or a journal put back from an
 * older copy. Readers run it when they load a session, if its cells/ holds such files.
 */
export function indexStray(ctx: StoreContext): string[] {
  const graph = ensureView(ctx).graph;
  return journalFiles(
    ctx,
    cellFiles(ctx, (id) => !graph.nodes.has(id)),
    0,
  );
}

/** The ids of the cell files in `cells/` that `graph` does not hold (one readdir). */
export function strayIds(ctx: StoreContext, graph: CellGraph): string[] {
  const out: string[] = [];
  for (const name of listDir(ctx.paths.dir)) {
    const id = cellIdOfFile(name);
    if (id !== null && !graph.nodes.has(id)) out.push(id);
  }
  return out;
}

function journalFiles(ctx: StoreContext, cells: readonly Cell[], sinceMs: number): string[] {
  const graph = ensureView(ctx).graph;
  const entries: JournalEntry[] = [];
  const writers: Array<[string, string[]]> = [];
  const repaired: string[] = [];
  for (const cell of cells) {
    const node = graph.nodes.get(cell.cell_id);
    const finished = cell.status === "done" || cell.status === "error";
    const before = entries.length;
    if (node === undefined) entries.push(createEntry(cell));
    else {
      for (const dep of cell.dependencies)
        if (!node.deps.includes(dep)) entries.push({ op: "dependency", id: cell.cell_id, dep });
      const recent = (cell.completed_at ?? 0) * 1000 >= sinceMs;
      if (finished && recent && node.status !== cell.status)
        entries.push({ op: "status", id: cell.cell_id, status: cell.status, reason: cell.status_reason });
    }
    if (entries.length > before && cell.status === "done" && writesOf(cell).length > 0) {
      entries.push(...writeMarks(cell.cell_id, cell.extra?.writes as Record<string, string | null>));
      writers.push([cell.cell_id, writesOf(cell)]);
    }
    if (entries.length > before) repaired.push(cell.cell_id);
  }
  appendEntries(ctx, entries, true);
  for (const [id, paths] of writers) recordWriter(ctx, id, paths);
  return repaired;
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The readable cell files that pass `keep`, oldest first (unreadable ones: a rebuild reports them). */
function cellFiles(ctx: StoreContext, keep: (id: string, name: string) => boolean): Cell[] {
  const out: Cell[] = [];
  for (const name of listDir(ctx.paths.dir)) {
    const id = cellIdOfFile(name);
    if (id === null) continue;
    try {
      if (!keep(id, name)) continue;
      out.push(readCell(ctx.paths, id));
    } catch {
      /* unreadable: a rebuild reports it */
    }
  }
  return out.sort((a, b) => a.created_at - b.created_at);
}
