import type { Cell, CellStatus } from "@rlm/session-schema/core";
import { CellGraph } from "../graph/cell-graph.js";
import { applyEntry } from "../journal/apply-entry.js";
import type { MarkEntry } from "../marks/marks-log.js";

type Event =
  | { t: number; order: 0; cell: Cell; status: CellStatus }
  | { t: number; order: 1; cell: Cell }
  | { t: number; order: 2; mark: MarkEntry };

/**
 * The graph the journal would have built: each cell appears at `created_at` (still
 * `pending` if its outcome came later), takes its recorded status at `completed_at`, and
 * each mark applies at its `at`, in time order (creates, then outcomes, then marks on a
 * tie). Dependencies are the ones the cell files record (an edge added later by
 * addDependency counts from the cell's creation: the files do not say when it was added).
 */
export function replayHistory(cwd: string, cells: readonly Cell[], marks: readonly MarkEntry[]): CellGraph {
  const events: Event[] = [];
  for (const cell of cells) {
    const done = cell.completed_at;
    const later = cell.status !== "pending" && done !== null && done > cell.created_at;
    events.push({ t: cell.created_at, order: 0, cell, status: later ? "pending" : cell.status });
    if (later) events.push({ t: done, order: 1, cell });
  }
  for (const mark of marks) events.push({ t: mark.at, order: 2, mark });
  events.sort((a, b) => a.t - b.t || a.order - b.order || tie(a, b));
  const graph = new CellGraph(cwd);
  for (const e of events) {
    if (e.order === 2) applyEntry(graph, e.mark);
    else if (e.order === 1) graph.setStatus(e.cell.cell_id, e.cell.status, e.cell.status_reason);
    else {
      const files = e.cell.input.context_snapshot.files;
      applyEntry(graph, {
        op: "create",
        id: e.cell.cell_id,
        type: e.cell.type,
        status: e.status,
        deps: [...new Set(e.cell.dependencies)],
        at: e.cell.created_at,
        ...(Object.keys(files).length > 0 ? { files } : {}),
        reason: e.status === e.cell.status ? e.cell.status_reason : null,
      });
    }
  }
  return graph;
}

function tie(a: Event, b: Event): number {
  const ka = "cell" in a ? a.cell.cell_id : "";
  const kb = "cell" in b ? b.cell.cell_id : "";
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
