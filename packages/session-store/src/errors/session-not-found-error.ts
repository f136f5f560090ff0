import { RlmError } from "@rlm/session-schema/core";

/** No session (or archived session) with this id under the sessions root. */
export class SessionNotFoundError extends RlmError {
  readonly sessionId: string;
  constructor(sessionId: string, where: string) {
    super("ERR_RLM_SESSION_NOT_FOUND", `session ${sessionId} not found in ${where}`, {
      hint: "list sessions with `rlm-repl --op sessions` or check --sessions-dir / RLM_SESSIONS_DIR",
    });
    this.name = "SessionNotFoundError";
    this.sessionId = sessionId;
  }
}
