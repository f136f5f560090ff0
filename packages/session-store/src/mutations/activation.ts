import type { ActivationMode, SessionState } from "@rlm/session-schema/core";
import { invalid } from "./invalid.js";

export interface ActivationInput {
  active: boolean;
  /** Why RLM was switched on or off (shown to humans; kept in session.json). */
  reason: string | null;
  mode?: ActivationMode;
  complexityScore?: number | null;
}

/** Switch RLM on/off with a reason (mode and complexity score optional). */
export function applyActivation(state: SessionState, input: ActivationInput): SessionState {
  const next = { ...state.activation, rlm_active: input.active, activation_reason: input.reason };
  if (input.mode !== undefined) next.activation_mode = input.mode;
  if (input.complexityScore !== undefined) next.complexity_score = input.complexityScore;
  state.activation = next;
  return state;
}

/** Set the current recursion depth: an integer in 0..activation.max_depth. */
export function applyDepth(state: SessionState, depth: number): SessionState {
  const max = state.activation.max_depth;
  if (!Number.isInteger(depth) || depth < 0 || depth > max) {
    throw invalid("activation.current_depth", `must be an integer in 0..${max}, got ${depth}`);
  }
  state.activation = { ...state.activation, current_depth: depth };
  return state;
}
