import type { ReplayStep } from "@rlm/cells";
import { releaseCalls, reserveCalls } from "../bridge/model-call.js";
import type { OpContext } from "../bridge/op-context.js";
import { callAllowance } from "../bridge/replay-allowance.js";
import { replayExecutors } from "../bridge/replay-executors.js";
import { planReplay } from "../bridge/replay-plan.js";
import { ReplError } from "../errors/repl-error.js";
import { changeJson } from "./invalidate-op.js";
import type { OpOutcome } from "./op-spec.js";
import { resolveReplaySelection } from "./replay-selection.js";

/**
 * Replay through @rlm/cells: `repl` cells re-run their recorded op, `llm_call` cells are
 * served from cached_response unless forced, `tool` cells need Claude Code to re-run them.
 * Every step says `cached` or `live` (or why it was neither). Before anything runs,
 * planReplay holds back (`refused` / `skipped`, with an ERR_RLM_ code and a hint, the cell
 * untouched) what cannot be made fresh honestly or would go past a call budget.
 */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const cells = ctx.cells();
  const force = args.force as boolean;
  const { ids, excluded } = resolveReplaySelection(cells, args.cells as string | string[]);
  const { plan, allowance, reservation } = planAndReserve(ctx, ids, force);
  let report: Awaited<ReturnType<typeof cells.replay>>;
  try {
    report = await cells.replay(
      plan.run,
      replayExecutors(ctx, { allowance, counted: plan.counted, reservation }),
      {
        force,
      },
    );
  } finally {
    releaseCalls(ctx, reservation); // calls planned but not sent (a dependency failed, interrupted)
  }
  const steps: StepJson[] = [...report.steps.map(stepJson), ...plan.held.map((h) => ({ ...h }))].sort(
    (a, b) => a.position - b.position,
  );
  const counts: Record<string, number> = { ...report.counts, refused: 0 };
  for (const h of plan.held) counts[h.outcome] = (counts[h.outcome] ?? 0) + 1;
  return {
    result: {
      selection: args.cells,
      force,
      count: steps.length,
      counts,
      steps,
      not_replayed: excluded,
      needs_claude_code: steps.filter((s) => s.needs === "claude_code").map((s) => s.cell_id),
      invalidated: report.invalidated.map(changeJson),
    },
  };
}

/**
 * Plan, then count the planned live calls against the session's budget in one step under
 * its lock. When another process took some of that budget between the two, plan again on
 * the budget as it is now (its refusals then hold those steps back before anything runs).
 */
function planAndReserve(ctx: OpContext, ids: readonly string[], force: boolean) {
  for (let attempt = 1; ; attempt++) {
    const allowance = callAllowance(ctx);
    const plan = planReplay(ctx.cells(), ids, force, allowance);
    try {
      return { plan, allowance, reservation: reserveCalls(ctx, plan.counted.size) };
    } catch (err) {
      if (attempt >= 5 || !(err instanceof ReplError) || err.code !== "ERR_RLM_BUDGET") throw err;
    }
  }
}

type StepJson = Record<string, unknown> & { cell_id: string; position: number; needs?: string };

function stepJson(s: ReplayStep): StepJson {
  const out: StepJson = {
    cell_id: s.cellId,
    position: s.position,
    type: s.type,
    outcome: s.outcome,
    mode: s.outcome === "cached" ? "cached" : s.fresh ? "live" : "not_run",
  };
  if (s.runReason !== undefined) out.run_reason = s.runReason;
  if (s.from !== undefined) out.from = s.from;
  if (s.error !== undefined) out.error = s.error;
  if (s.via !== undefined) out.via = s.via;
  if (s.blockedBy !== undefined) out.blocked_by = s.blockedBy;
  if (s.durationMs !== undefined) out.duration_ms = s.durationMs;
  if (s.outcome === "needs_executor" && s.type === "tool") {
    out.needs = "claude_code";
    out.note = "a tool call is re-run by Claude Code, not by rlm-repl: ask the agent to run the tool again";
  }
  return out;
}
