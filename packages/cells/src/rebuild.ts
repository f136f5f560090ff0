import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type Cell, safeParseCell } from "@rlm/session-schema";
import { isMissing, readJsonFile, writeJsonAtomic } from "@rlm/session-store";
import { nowEpochSeconds } from "./clock.js";
import { DiskView } from "./disk-view.js";
import { CellGraph } from "./graph/cell-graph.js";
import { type CellNode, compareNodes, makeNode } from "./graph/cell-node.js";
import { indexDocument } from "./index-file.js";
import { resetJournal } from "./journal/journal-file.js";
import { cellIdOfFile } from "./paths.js";
import { keepDamaged } from "./preserve.js";
import { type PreviousState, readPreviousState } from "./previous-state.js";
import type { StoreContext } from "./store-context.js";

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
  /** Stale marks carried over from the previous index/journal (they live there until the cell is rewritten). */
  keptStale: number;
  /** Journal lines that could not be used (garbage, a torn last line, a damaged header). */
  corruptJournalLines: number;
  /** Copies of a damaged index.json / journal kept before they were replaced (`*.damaged-*`). */
  preserved: string[];
}

/** Reconstruct index.json from the cell files (caller holds the lock). */
export function rebuildLocked(ctx: StoreContext): RebuildReport {
  const prev = readPreviousState(ctx.paths, ctx.sessionId, ctx.cwd);
  const { cells, unparsable } = scanCells(ctx);
  const fileIds = new Set(cells.map((c) => c.cell_id));
  const nodes: CellNode[] = [];
  const dangling: RebuildReport["danglingDependencies"] = [];
  let keptStale = 0;
  for (const c of cells) {
    const before = prev.status.get(c.cell_id);
    const keep = before?.status === "stale" && c.status !== "stale";
    if (keep) keptStale++;
    for (const d of c.dependencies) if (!fileIds.has(d)) dangling.push({ cellId: c.cell_id, missing: d });
    const files = c.input.context_snapshot.files;
    nodes.push(
      makeNode({
        id: c.cell_id,
        type: c.type,
        status: keep ? "stale" : c.status,
        reason: keep ? (before?.reason ?? null) : c.status_reason,
        at: c.created_at,
        deps: [...new Set(c.dependencies)],
        files: Object.keys(files).length > 0 ? files : null,
      }),
    );
  }
  const graph = new CellGraph(ctx.cwd);
  graph.bulkLoad(nodes.sort(compareNodes));
  const gen = prev.gen + 1;
  const preserved = prev.damaged.map(keepDamaged);
  writeJsonAtomic(ctx.paths.index, indexDocument(graph, ctx.sessionId, gen, nowEpochSeconds()), false);
  resetJournal(ctx.paths.journal, gen);
  ctx.view = new DiskView(ctx.paths, ctx.sessionId, ctx.cwd, { graph, gen });
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
    preserved,
  };
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
      const r = safeParseCell(readJsonFile(path), path);
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
