import { snapshotFiles } from "@rlm/cells";
import { applyRecursiveCall, applyTokens } from "@rlm/session-store";
import { estimateCost, type ModelSettings, modelSettings } from "../config/model-settings.js";
import { ReplError } from "../errors/repl-error.js";
import type { ModelRequest, ModelResponse } from "../providers/model-provider.js";
import type { OpContext } from "./op-context.js";
import { CELL_SOURCE } from "./record-op-cell.js";

export interface RecordedCall {
  cellId: string;
  response: ModelResponse;
  costUsd: number;
}

/** The model settings at the session's current depth. */
export function sessionModelSettings(ctx: OpContext): ModelSettings & { depth: number } {
  const depth = ctx.store().load(ctx.sessionId).activation.current_depth;
  return { ...modelSettings(ctx.config(), depth), depth };
}

/** Refuse `calls` more model calls when they would exceed the session's `budget.max_recursive_calls`. */
export function assertBudget(ctx: OpContext, calls: number): void {
  const { budget } = ctx.store().load(ctx.sessionId);
  if (budget.total_recursive_calls + calls > budget.max_recursive_calls)
    throw new ReplError(
      "ERR_RLM_BUDGET",
      `session ${ctx.sessionId} would exceed its budget: ${budget.total_recursive_calls} of ${budget.max_recursive_calls} recursive calls used, ${calls} more needed`,
      { hint: "raise budget.max_recursive_calls in the session, or start a new session" },
    );
}

/** Send one request and charge its tokens and cost to the session's budget. */
export async function sendAndCharge(
  ctx: OpContext,
  request: ModelRequest,
): Promise<{ response: ModelResponse; costUsd: number; ms: number }> {
  const provider = await ctx.provider();
  const started = performance.now();
  const response = await provider.complete(request, ctx.signal);
  const ms = performance.now() - started;
  const costUsd = response.cost_usd ?? estimateCost(ctx.config(), response.model, response.usage).usd;
  const tokens = response.usage.input_tokens + response.usage.output_tokens;
  ctx.store().update(ctx.sessionId, (s) => {
    applyTokens(s, { tokens, costUsd, model: response.model });
    applyRecursiveCall(s);
  });
  return { response, costUsd, ms };
}

/**
 * One model call recorded as an `llm_call` cell: the exact request (`input.args.request`),
 * the op's own arguments, the files the prompt came from, the model, token usage and the
 * exact text as `cached_response`, so a replay is served from the cell without a request.
 */
export async function recordedModelCall(
  ctx: OpContext,
  o: {
    operation: string;
    opArgs: Record<string, unknown>;
    request: ModelRequest;
    depth: number;
    files?: readonly string[];
    dependencies?: readonly string[];
  },
): Promise<RecordedCall> {
  const { response, costUsd, ms } = await sendAndCharge(ctx, o.request);
  const cell = ctx.cells().create({
    type: "llm_call",
    input: {
      source: CELL_SOURCE,
      operation: o.operation,
      args: { ...o.opArgs, request: o.request },
      context_snapshot: { files: snapshotFiles([...(o.files ?? [])]) },
    },
    dependencies: o.dependencies ?? [],
    metadata: {
      depth: o.depth,
      model: response.model,
      tokens_used: response.usage.input_tokens + response.usage.output_tokens,
      temperature: o.request.temperature ?? null,
    },
    output: {
      result: llmResult(response, costUsd),
      cachedResponse: response.text,
      executionTimeMs: ms,
    },
  });
  return { cellId: cell.cell_id, response, costUsd };
}

/** What an llm_call cell stores as its result. */
export function llmResult(response: ModelResponse, costUsd: number): Record<string, unknown> {
  return {
    text: response.text,
    model: response.model,
    provider: response.provider,
    usage: response.usage,
    stop_reason: response.stop_reason,
    cost_usd: costUsd,
  };
}
