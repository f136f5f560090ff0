import { ReplError } from "../errors/repl-error.js";
import { sessionModelSettings } from "./model-call.js";
import type { OpContext } from "./op-context.js";

/** How many model calls one replay may still send: both budgets a live op is held to. */
export interface CallAllowance {
  /** Count one more call for `cellId`; the refusal (ERR_RLM_BUDGET) when it would go past a budget. */
  take(cellId: string): ReplError | null;
}

/**
 * The session's `budget.max_recursive_calls` (calls already made count) and the config's
 * `cost_controls.max_recursive_calls_per_turn` (a replay is one operation), as `map_reduce`
 * and every other model op are held to them.
 */
export function callAllowance(ctx: OpContext): CallAllowance {
  let limits:
    | { perOp: number; budget: { total_recursive_calls: number; max_recursive_calls: number } }
    | undefined;
  let taken = 0;
  return {
    take(cellId) {
      // read on first use: a replay that sends nothing never reads the config
      limits ??= {
        perOp: sessionModelSettings(ctx).maxCallsPerOp,
        budget: ctx.store().load(ctx.sessionId).budget,
      };
      const { perOp, budget } = limits;
      if (taken + 1 > perOp)
        return new ReplError(
          "ERR_RLM_BUDGET",
          `replaying ${cellId} would send model call ${taken + 1} of this replay; the config allows ${perOp} per operation`,
          {
            hint: "replay fewer llm_call cells at once, or raise cost_controls.max_recursive_calls_per_turn in rlm-config.json; the cell keeps its output",
          },
        );
      if (budget.total_recursive_calls + taken + 1 > budget.max_recursive_calls)
        return new ReplError(
          "ERR_RLM_BUDGET",
          `replaying ${cellId} would exceed session ${ctx.sessionId}'s budget: ${budget.total_recursive_calls} of ${budget.max_recursive_calls} recursive calls used${taken > 0 ? `, ${taken} more taken by this replay` : ""}`,
          {
            hint: "raise budget.max_recursive_calls in the session, or start a new session; the cell keeps its output",
          },
        );
      taken++;
      return null;
    },
  };
}
