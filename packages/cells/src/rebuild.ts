import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type Cell, safeValidateCell } from "@rlm/session-schema/core";
import { isMissing, writeJsonAtomic } from "@rlm/session-store";
import { writePromotedOf } from "./annotate.js";
import { nowEpochSeconds } from "./clock.js";
import { DiskView } from "./disk-view.js";
import type { CellGraph } from "./graph/cell-graph.js";
import { indexDocument } from "./index-file.js";
import { resetJournal } from "./journal/journal-file.js";
import { upgradeCellDocument } from "./legacy-cell.js";
import { readMarks } from "./marks/marks-log.js";
import { cellIdOfFile } from "./paths.js";
import { keepDamaged } from "./preserve.js";
import { type PreviousState, readPreviousState } from "./previous-state.js";
import { readJsonNoFollow } from "./read-no-follow.js";
import { replayHistory } from "./rebuild/replay-history.js";
import type { StoreContext } from "./store-context.js";
import { writeWritersOf } from "./writers.js";

export interface RebuildReport {
  cells: number;
  /** What the previous index.json was. */
  previousIndex: PreviousState["index"];
  /** Listed by the previous index/journal, but no cell file: dropped from the index. */
  orphans: string[];
  /** Cell files the previous index/journal did not list: now indexed. */
  unindexed: string[];
  /** Cell files that could not be used (left in place, not indexed). */
  unparsable: Array<{ path: string; reason: string }>;
  /** Dependencies that name no cell file (kept in the entry, ignored for ordering). */
  danglingDependencies: Array<{ cellId: string; missing: string }>;
  /** As written to `cycles_detected`: each a path `[a, b, …, a]`. */
  cycles: string[][];
  /** Cells stale after the rebuild (from the marks log, and marks the previous index/journal still held). */
  keptStale: number;
  /** Journal lines that could not be used (garbage, a torn last line, a damaged header). */
  corruptJournalLines: number;
  /** Lines of the marks log that could not be used. */
  corruptMarkLines: number;
  /** Copies of a damaged index.json / journal kept before they were replaced (`*.damaged-*`). */
  preserved: string[];
}

/**
 * Reconstruct index.json from the cell files and the marks log (caller holds the lock).
 * The history is replayed in time order — each cell created at `created_at` and given its
 * outcome at `completed_at`, each stale mark applied at its `at` — through the same code
 * that applies journal lines, so the rebuilt index says what the incremental one says.
 */
export function rebuildLocked(ctx: StoreContext): RebuildReport {
  const prev = readPreviousState(ctx.paths, ctx.sessionId, ctx.cwd);
  const { cells, unparsable } = scanCells(ctx);
  const { marks, corrupt: corruptMarkLines } = readMarks(ctx.paths.marks);
  const graph = replayHistory(ctx.cwd, cells, marks);
  const fileIds = new Set(cells.map((c) => c.cell_id));
  const dangling: RebuildReport["danglingDependencies"] = [];
  for (const c of cells)
    for (const d of c.dependencies) if (!fileIds.has(d)) dangling.push({ cellId: c.cell_id, missing: d });
  keepPreviousMarks(graph, prev);
  const gen = prev.gen + 1;
  const preserved = prev.damaged.map(keepDamaged);
  writeJsonAtomic(ctx.paths.index, indexDocument(graph, ctx.sessionId, gen, nowEpochSeconds()), false);
  resetJournal(ctx.paths.journal, gen);
  writeWritersOf(ctx, cells);
  writePromotedOf(ctx, cells);
  ctx.view = new DiskView(ctx.paths, ctx.sessionId, ctx.cwd, { graph, gen });
  let keptStale = 0;
  for (const n of graph.nodes.values()) if (n.status === "stale") keptStale++;
  return {
    cells: graph.size,
    previousIndex: prev.index,
    orphans: [...prev.ids].filter((id) => !fileIds.has(id)).sort(),
    unindexed: [...fileIds].filter((id) => !prev.ids.has(id)).sort(),
    unparsable,
    danglingDependencies: dangling,
    cycles: graph.cycles(),
    keptStale,
    corruptJournalLines: prev.corruptJournalLines,
    corruptMarkLines,
    preserved,
  };
}

/**
 * A stale mark the previous index or journal still holds is kept: they saw every change in
 * order (a session older than the marks log has its marks only there).
 */
function keepPreviousMarks(graph: CellGraph, prev: PreviousState): void {
  for (const [id, before] of prev.status) {
    const node = graph.nodes.get(id);
    if (node === undefined || before.status !== "stale" || node.status === "stale") continue;
    node.status = "stale";
    node.reason = before.reason;
  }
}

function scanCells(ctx: StoreContext): { cells: Cell[]; unparsable: RebuildReport["unparsable"] } {
  let names: string[];
  try {
    names = readdirSync(ctx.paths.dir);
  } catch (err) {
    if (isMissing(err)) return { cells: [], unparsable: [] };
    throw err;
  }
  const cells: Cell[] = [];
  const unparsable: RebuildReport["unparsable"] = [];
  for (const name of names.sort()) {
    const id = cellIdOfFile(name);
    if (id === null) continue;
    const path = join(ctx.paths.dir, name);
    try {
      const r = safeValidateCell(upgradeCellDocument(readJsonNoFollow(path)), path);
      if (!r.ok) unparsable.push({ path, reason: r.error.message });
      else if (r.value.cell_id !== id)
        unparsable.push({ path, reason: `names ${r.value.cell_id}, not ${id}` });
      else cells.push(r.value);
    } catch (err) {
      if (!isMissing(err)) unparsable.push({ path, reason: (err as Error).message });
    }
  }
  return { cells, unparsable };
}
