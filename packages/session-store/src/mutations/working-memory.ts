import type { SessionState } from "@rlm/session-schema/core";
import { assertRecordKey } from "./invalid.js";

/** Set (or, with `undefined`, remove) one working-memory key. */
export function applyWorkingMemory(state: SessionState, key: string, value: unknown): SessionState {
  assertRecordKey("context.working_memory", key);
  const memory = { ...state.context.working_memory };
  if (value === undefined) delete memory[key];
  else memory[key] = value;
  state.context = { ...state.context, working_memory: memory };
  return state;
}

/** Shallow-merge `values` into working memory (`undefined` values remove keys). */
export function applyMergeWorkingMemory(state: SessionState, values: Record<string, unknown>): SessionState {
  for (const [key, value] of Object.entries(values)) applyWorkingMemory(state, key, value);
  return state;
}
