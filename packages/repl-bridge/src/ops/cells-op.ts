import type { CellStatus, CellType } from "@rlm/session-schema/core";
import type { OpContext } from "../bridge/op-context.js";
import { cellSummaryJson } from "./cell-summary.js";
import type { OpOutcome } from "./op-spec.js";

/** The session's cells in execution order, filtered by type and status, paged. */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const type = args.type as CellType | undefined;
  const status = args.status as CellStatus | undefined;
  const offset = args.offset as number;
  const limit = args.limit as number;
  // only the page is summarized: a 10,000-cell session prints 100 of them
  const page = ctx
    .cells()
    .executionPage(
      { ...(type !== undefined ? { type } : {}), ...(status !== undefined ? { status } : {}) },
      offset,
      limit,
    );
  return {
    result: {
      session_id: ctx.sessionId,
      total: page.total,
      matched: page.matched,
      offset,
      count: page.cells.length,
      cells: page.cells.map((c) => ({ position: c.position, ...cellSummaryJson(c) })),
    },
  };
}
