import type { OpContext } from "../bridge/op-context.js";
import { cellSummaryJson } from "./cell-summary.js";
import type { OpOutcome } from "./op-spec.js";

/**
 * The cells that depend on `cell_id` (transitively unless `transitive: false`): all their
 * ids (`dependents`, `count`), and the summaries of one page of them (`cells`, `offset`,
 * `limit`): an early cell of a long session has thousands of dependents.
 */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const cells = ctx.cells();
  const id = args.cell_id as string;
  const transitive = args.transitive as boolean;
  const offset = args.offset as number;
  const limit = args.limit as number;
  const ids = cells.dependents(id, { transitive });
  return {
    result: {
      cell_id: id,
      transitive,
      count: ids.length,
      dependents: ids,
      offset,
      cells: cells.summaries(ids.slice(offset, offset + limit)).map(cellSummaryJson),
    },
  };
}
