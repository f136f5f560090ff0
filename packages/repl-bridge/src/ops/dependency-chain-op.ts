import type { OpContext } from "../bridge/op-context.js";
import { cellSummaryJson } from "./cell-summary.js";
import type { OpOutcome } from "./op-spec.js";

/**
 * Every cell `cell_id` depends on, transitively, in execution order (itself excluded):
 * all their ids (`chain`, `count`), and the summaries of one page of them (`cells`,
 * `offset`, `limit`): a long session's last cell has thousands of ancestors.
 */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const cells = ctx.cells();
  const id = args.cell_id as string;
  const offset = args.offset as number;
  const limit = args.limit as number;
  const chain = cells.dependencyChain(id);
  return {
    result: {
      cell_id: id,
      count: chain.length,
      chain,
      offset,
      cells: cells.summaries(chain.slice(offset, offset + limit)).map(cellSummaryJson),
    },
  };
}
