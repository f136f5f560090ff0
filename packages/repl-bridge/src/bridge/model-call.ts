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

/** The refusal for `calls` more model calls beyond the session's `budget.max_recursive_calls`. */
function budgetError(sessionId: string, used: number, max: number, calls: number): ReplError {
  return new ReplError(
    "ERR_RLM_BUDGET",
    `session ${sessionId} would exceed its budget: ${used} of ${max} recursive calls used, ${calls} more needed`,
    { hint: "raise budget.max_recursive_calls in the session, or start a new session" },
  );
}

/** Refuse `calls` more model calls when they would exceed the session's `budget.max_recursive_calls` (a check only: reserveCalls counts them). */
export function assertBudget(ctx: OpContext, calls: number): void {
  const { budget } = ctx.store().load(ctx.sessionId);
  if (budget.total_recursive_calls + calls > budget.max_recursive_calls)
    throw budgetError(ctx.sessionId, budget.total_recursive_calls, budget.max_recursive_calls, calls);
}

/** Calls counted against the session's budget before they are sent; `left` not sent yet. */
export interface CallReservation {
  left: number;
}

/**
 * Check the budget and count `calls` model calls in one step under the session's lock
 * (`store.update`), so processes running at once never send more than
 * `budget.max_recursive_calls` between them. Refused with ERR_RLM_BUDGET, nothing counted.
 */
export function reserveCalls(ctx: OpContext, calls: number): CallReservation {
  if (calls > 0)
    ctx.store().update(ctx.sessionId, (s) => {
      const { total_recursive_calls: used, max_recursive_calls: max } = s.budget;
      if (used + calls > max) throw budgetError(ctx.sessionId, used, max, calls);
      applyRecursiveCall(s, calls);
    });
  return { left: calls };
}

/** Give back the calls of a reservation that were never sent. */
export function releaseCalls(ctx: OpContext, reservation: CallReservation): void {
  const n = reservation.left;
  reservation.left = 0;
  giveBack(ctx, n);
}

function giveBack(ctx: OpContext, calls: number): void {
  if (calls <= 0) return;
  ctx.store().update(ctx.sessionId, (s) => {
    s.budget = { ...s.budget, total_recursive_calls: Math.max(0, s.budget.total_recursive_calls - calls) };
  });
}

/**
 * Send one request: counted against the budget before it is sent (from `reservation`, or
 * reserved now), its tokens and cost added once it is answered. A request that fails or
 * is interrupted gives its call back: only answered calls count.
 */
export async function sendAndCharge(
  ctx: OpContext,
  request: ModelRequest,
  reservation?: CallReservation,
): Promise<{ response: ModelResponse; costUsd: number; ms: number }> {
  const held = reservation ?? reserveCalls(ctx, 1);
  if (held.left <= 0) throw new Error("sendAndCharge: the reservation has no call left");
  held.left--; // this call's
  let response: ModelResponse;
  const started = performance.now();
  try {
    const provider = await ctx.provider();
    response = await provider.complete(request, ctx.signal);
  } catch (err) {
    giveBack(ctx, 1);
    throw err;
  }
  const ms = performance.now() - started;
  const costUsd = response.cost_usd ?? estimateCost(ctx.config(), response.model, response.usage).usd;
  const tokens = response.usage.input_tokens + response.usage.output_tokens;
  ctx.store().update(ctx.sessionId, (s) => {
    applyTokens(s, { tokens, costUsd, model: response.model });
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
    /** Calls reserved by the op for all its calls (map_reduce); else one is reserved now. */
    reservation?: CallReservation;
  },
): Promise<RecordedCall> {
  const { response, costUsd, ms } = await sendAndCharge(ctx, o.request, o.reservation);
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
