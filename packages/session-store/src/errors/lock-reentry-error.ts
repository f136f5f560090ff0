import { RlmError } from "@rlm/session-schema/core";

/**
 * The calling thread already holds this lock: waiting would deadlock until the timeout,
 * so it fails at once. Typical cause: calling a store method from inside an `update` mutator.
 */
export class LockReentryError extends RlmError {
  readonly lockPath: string;
  constructor(lockPath: string) {
    super("ERR_RLM_USAGE", `lock ${lockPath} is already held by this thread`, {
      hint: "do not call store methods on the same session from inside update(); return the new state instead",
    });
    this.name = "LockReentryError";
    this.lockPath = lockPath;
  }
}
