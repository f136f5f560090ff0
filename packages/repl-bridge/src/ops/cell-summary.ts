import type { CellSummary } from "@rlm/cells";

/** A cell as list-like ops print it (snake_case, like the files on disk). */
export function cellSummaryJson(c: CellSummary): Record<string, unknown> {
  return {
    cell_id: c.cellId,
    type: c.type,
    status: c.status,
    status_reason: c.statusReason,
    created_at: c.createdAt,
    dependencies: c.dependencies,
    dependents: c.dependents,
  };
}
