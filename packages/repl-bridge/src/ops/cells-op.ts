import type { CellSummary } from "@rlm/cells";
import type { CellStatus, CellType } from "@rlm/session-schema/core";
import type { OpContext } from "../bridge/op-context.js";
import { cellSummaryJson } from "./cell-summary.js";
import type { OpOutcome } from "./op-spec.js";

/** The session's cells in execution order, filtered by type and status, paged. */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const cells = ctx.cells();
  const byId = new Map<string, CellSummary>();
  for (const c of cells.list()) byId.set(c.cellId, c);
  const type = args.type as CellType | undefined;
  const status = args.status as CellStatus | undefined;
  const ordered: CellSummary[] = [];
  const positions: number[] = [];
  cells.executionOrder().forEach((id, i) => {
    const c = byId.get(id);
    if (
      c === undefined ||
      (type !== undefined && c.type !== type) ||
      (status !== undefined && c.status !== status)
    )
      return;
    ordered.push(c);
    positions.push(i + 1);
  });
  const offset = args.offset as number;
  const limit = args.limit as number;
  const page = ordered.slice(offset, offset + limit);
  return {
    result: {
      session_id: ctx.sessionId,
      total: byId.size,
      matched: ordered.length,
      offset,
      count: page.length,
      cells: page.map((c, i) => ({ position: positions[offset + i], ...cellSummaryJson(c) })),
    },
  };
}
