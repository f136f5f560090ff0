import { RlmError, type RlmErrorCode } from "@rlm/session-schema/core";

/**
 * Codes this package adds to the ones @rlm/session-schema knows. Until they join
 * `RlmErrorCode` there, `ReplError` carries them through a cast: they are still plain
 * `ERR_RLM_` strings that `isRlmError` recognises.
 */
export type ReplErrorCode =
  | RlmErrorCode
  | "ERR_RLM_UNKNOWN_OP"
  | "ERR_RLM_NO_PROVIDER"
  | "ERR_RLM_PROVIDER"
  | "ERR_RLM_BUDGET"
  | "ERR_RLM_MEMORY_DB"
  | "ERR_RLM_NOT_PROMOTABLE"
  | "ERR_RLM_MISSING_MODULE"
  | "ERR_RLM_NOT_FOUND"
  | "ERR_RLM_INTERRUPTED";

/** An error of the REPL bridge: a stable code, a message naming the file or value, a hint. */
export class ReplError extends RlmError {
  constructor(code: ReplErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(code as RlmErrorCode, message, options);
    this.name = "ReplError";
  }
}

/** A usage problem (unknown op, arguments that do not fit the op): the CLI exits 2. */
export function usageError(message: string, hint?: string): ReplError {
  return new ReplError("ERR_RLM_USAGE", message, hint === undefined ? {} : { hint });
}
