import type { SessionState } from "@rlm/session-schema/core";

/** Mark the session ended (Stop / SessionEnd); calling it again moves ended_at forward. */
export function applyEnd(state: SessionState, now: number): SessionState {
  state.metadata = { ...state.metadata, ended_at: now };
  return state;
}

/** The session continues after all: clear ended_at. */
export function applyReopen(state: SessionState): SessionState {
  state.metadata = { ...state.metadata, ended_at: null };
  return state;
}
