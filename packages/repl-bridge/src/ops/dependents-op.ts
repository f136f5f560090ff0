import type { OpContext } from "../bridge/op-context.js";
import { cellSummaryJson } from "./cell-summary.js";
import type { OpOutcome } from "./op-spec.js";

/** The cells that depend on `cell_id` (transitively unless `transitive: false`). */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const cells = ctx.cells();
  const id = args.cell_id as string;
  const transitive = args.transitive as boolean;
  const ids = cells.dependents(id, { transitive });
  return {
    result: {
      cell_id: id,
      transitive,
      count: ids.length,
      dependents: ids,
      cells: cells.summaries(ids).map(cellSummaryJson),
    },
  };
}
