import type { OpContext } from "../bridge/op-context.js";
import type { OpOutcome } from "./op-spec.js";

/** One cell, whole (status and dependents as the index knows them now). */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  return { result: ctx.cells().get(args.cell_id as string) };
}
