import type { CellStore, CreateCellSpec } from "@rlm/cells";
import { type Cell, isRlmError } from "@rlm/session-schema/core";

/** Create a keyed cell, or report the one that already has the key (another event came first). */
export function createOrFind(cells: CellStore, spec: CreateCellSpec): { cellId: string; cell: Cell | null } {
  try {
    const cell = cells.create(spec);
    return { cellId: cell.cell_id, cell };
  } catch (err) {
    if (!isRlmError(err, "ERR_RLM_CELL_EXISTS")) throw err;
    return { cellId: (err as unknown as { cellId: string }).cellId, cell: null };
  }
}

/** Complete the cell carrying `key`, or create it already completed (its opening event never came). */
export function completeKeyed(
  cells: CellStore,
  key: string | undefined,
  spec: CreateCellSpec,
  outcome: NonNullable<CreateCellSpec["output"]>,
): { cell: Cell; created: boolean } {
  if (key !== undefined) {
    const existing = cells.findKey(key);
    if (existing !== null) return { cell: cells.complete(existing, outcome), created: false };
  }
  const made = createOrFind(cells, { ...spec, output: outcome }); // reads/dependencies of the outcome apply too
  // null: the opening event created it meanwhile (a late, parallel one)
  return made.cell !== null
    ? { cell: made.cell, created: true }
    : { cell: cells.complete(made.cellId, outcome), created: false };
}
