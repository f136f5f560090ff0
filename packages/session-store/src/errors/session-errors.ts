import { RlmError } from "@rlm/session-schema";

export class SessionNotFoundError extends RlmError {
  readonly sessionId: string;
  constructor(sessionId: string, where: string) {
    super("ERR_RLM_SESSION_NOT_FOUND", `session ${sessionId} not found in ${where}`, {
      hint: "list sessions with `rlm-repl --op session` or check --sessions-dir / RLM_SESSIONS_DIR",
    });
    this.name = "SessionNotFoundError";
    this.sessionId = sessionId;
  }
}

export class SessionExistsError extends RlmError {
  readonly sessionId: string;
  constructor(sessionId: string, where: string) {
    super("ERR_RLM_SESSION_EXISTS", `session ${sessionId} already exists in ${where}`);
    this.name = "SessionExistsError";
    this.sessionId = sessionId;
  }
}

export class ArchiveError extends RlmError {
  constructor(message: string, cause?: unknown) {
    super("ERR_RLM_ARCHIVE", message, { cause });
    this.name = "ArchiveError";
  }
}

/** A path that would resolve outside the sessions root. */
export class OutsideRootError extends RlmError {
  constructor(path: string, root: string) {
    super("ERR_RLM_OUTSIDE_ROOT", `refusing to touch ${path}: outside ${root}`);
    this.name = "OutsideRootError";
  }
}
