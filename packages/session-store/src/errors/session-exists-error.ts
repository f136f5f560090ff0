import { RlmError } from "@rlm/session-schema/core";

/** A session with this id already exists (create, fork target, restore target). */
export class SessionExistsError extends RlmError {
  readonly sessionId: string;
  constructor(sessionId: string, where: string) {
    super("ERR_RLM_SESSION_EXISTS", `session ${sessionId} already exists in ${where}`, {
      hint: "use ensure() to create-or-load, or pick another id",
    });
    this.name = "SessionExistsError";
    this.sessionId = sessionId;
  }
}
