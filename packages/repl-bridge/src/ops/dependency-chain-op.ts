import type { OpContext } from "../bridge/op-context.js";
import { cellSummaryJson } from "./cell-summary.js";
import type { OpOutcome } from "./op-spec.js";

/** Every cell `cell_id` depends on, transitively, in execution order (itself excluded). */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const cells = ctx.cells();
  const id = args.cell_id as string;
  const chain = cells.dependencyChain(id);
  const wanted = new Set(chain);
  const summaries = new Map(
    cells
      .list()
      .filter((c) => wanted.has(c.cellId))
      .map((c) => [c.cellId, c]),
  );
  return {
    result: {
      cell_id: id,
      count: chain.length,
      chain,
      cells: chain.map((c) => summaries.get(c)).flatMap((s) => (s === undefined ? [] : [cellSummaryJson(s)])),
    },
  };
}
