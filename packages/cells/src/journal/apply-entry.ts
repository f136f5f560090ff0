import type { CellGraph } from "../graph/cell-graph.js";
import { makeNode } from "../graph/cell-node.js";
import { applyFileMark, checkNewNode } from "../graph/file-marks.js";
import type { JournalEntry } from "./journal-entry.js";

/** Apply one journal entry to the in-memory graph. Idempotent for creates (first one wins). */
export function applyEntry(graph: CellGraph, e: JournalEntry): void {
  switch (e.op) {
    case "create": {
      const node = makeNode({
        id: e.id,
        type: e.type,
        status: e.status,
        reason: e.reason ?? null,
        at: e.at,
        deps: [...new Set(e.deps)],
        files: e.files && Object.keys(e.files).length > 0 ? e.files : null,
      });
      if (graph.add(node)) checkNewNode(graph, node);
      return;
    }
    case "status":
      graph.setStatus(e.id, e.status, e.reason);
      if (e.files !== undefined) graph.setFiles(e.id, e.files);
      return;
    case "dependency":
      graph.addEdge(e.id, e.dep);
      return;
    case "invalidate":
      for (let i = 0; i < e.ids.length; i++)
        graph.setStatus(e.ids[i] as string, "stale", e.reasons[i] as string);
      return;
    case "file":
      applyFileMark(graph, e);
      return;
  }
}
