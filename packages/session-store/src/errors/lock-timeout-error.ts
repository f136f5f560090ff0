import { RlmError } from "@rlm/session-schema/core";

/** The per-session lock could not be taken within the bounded wait. */
export class LockTimeoutError extends RlmError {
  readonly lockPath: string;
  readonly waitedMs: number;
  readonly holder: unknown;

  constructor(lockPath: string, waitedMs: number, holder: unknown) {
    super("ERR_RLM_LOCK_TIMEOUT", `timed out after ${waitedMs} ms waiting for lock ${lockPath}`, {
      hint: `held by ${JSON.stringify(holder)}; if that process is gone the lock is recovered automatically`,
    });
    this.name = "LockTimeoutError";
    this.lockPath = lockPath;
    this.waitedMs = waitedMs;
    this.holder = holder;
  }
}
