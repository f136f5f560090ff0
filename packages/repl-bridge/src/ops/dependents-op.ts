import type { OpContext } from "../bridge/op-context.js";
import { cellSummaryJson } from "./cell-summary.js";
import type { OpOutcome } from "./op-spec.js";

/** The cells that depend on `cell_id` (transitively unless `transitive: false`). */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const cells = ctx.cells();
  const id = args.cell_id as string;
  const transitive = args.transitive as boolean;
  const ids = cells.dependents(id, { transitive });
  const wanted = new Set(ids);
  const summaries = new Map(
    cells
      .list()
      .filter((c) => wanted.has(c.cellId))
      .map((c) => [c.cellId, c]),
  );
  return {
    result: {
      cell_id: id,
      transitive,
      count: ids.length,
      dependents: ids,
      cells: ids.map((c) => summaries.get(c)).flatMap((s) => (s === undefined ? [] : [cellSummaryJson(s)])),
    },
  };
}
