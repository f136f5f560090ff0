import type { SessionState } from "@rlm/session-schema/core";
import { assertRecordKey, invalid } from "./invalid.js";

export interface TokenUsage {
  tokens: number;
  costUsd?: number;
  /** Adds one call with these tokens and cost to budget.by_model[model]. */
  model?: string;
}

/** Count tokens and cost, in total and per model. */
export function applyTokens(state: SessionState, usage: TokenUsage): SessionState {
  const { tokens, costUsd = 0, model } = usage;
  if (!Number.isSafeInteger(tokens) || tokens < 0)
    throw invalid("budget.total_tokens_used", `bad token count ${tokens}`);
  if (!Number.isFinite(costUsd) || costUsd < 0) throw invalid("budget.cost_usd", `bad cost ${costUsd}`);
  const budget = { ...state.budget };
  budget.total_tokens_used += tokens;
  budget.cost_usd += costUsd;
  if (model !== undefined) {
    assertRecordKey("budget.by_model", model);
    const prev = budget.by_model[model] ?? { calls: 0, tokens: 0, cost_usd: 0 };
    budget.by_model = {
      ...budget.by_model,
      [model]: {
        ...prev,
        calls: prev.calls + 1,
        tokens: prev.tokens + tokens,
        cost_usd: prev.cost_usd + costUsd,
      },
    };
  }
  state.budget = budget;
  return state;
}

/** Count recursive calls (sub-queries / subagents): one, or `calls`. */
export function applyRecursiveCall(state: SessionState, calls = 1): SessionState {
  if (!Number.isSafeInteger(calls) || calls < 0)
    throw invalid("budget.total_recursive_calls", `bad call count ${calls}`);
  state.budget = { ...state.budget, total_recursive_calls: state.budget.total_recursive_calls + calls };
  return state;
}
