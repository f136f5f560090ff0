import { type CreateCellSpec, openStagedCells } from "@rlm/cells";
import type { MigratedToolCell } from "../map/map-tool-outputs.js";

/** The `@rlm/cells` spec of a migrated tool output: a completed `tool` cell holding the whole content. */
export function migratedCellSpec(c: MigratedToolCell, sourceRef: string): CreateCellSpec {
  return {
    cellId: c.cellId,
    type: "tool",
    createdAt: c.createdAt,
    completedAt: c.createdAt,
    status: "done",
    input: { source: "legacy-migration", operation: c.toolName, args: null },
    output: { result: c.content, error: null },
    extra: { migrated_from: { ref: sourceRef, index: c.index, fields: c.fields } },
  };
}

/**
 * Write every migrated tool output as a completed `tool` cell of the (staging) session at
 * `sessionPath`, then compact the index. No per-file fsync: the staging folder is made
 * durable as a whole before it is renamed into place.
 */
export function writeMigratedCells(
  sessionPath: string,
  sessionId: string,
  cells: MigratedToolCell[],
  sourceRef: string,
): void {
  const store = openStagedCells(sessionPath, sessionId, { fsync: false, autoRebuild: false });
  store.createMany(cells.map((c) => migratedCellSpec(c, sourceRef)));
  store.flush();
}
