import { RlmError, type RlmErrorCode } from "@rlm/session-schema/core";

/** The codes a REPL error carries (all in @rlm/session-schema's `RlmErrorCode`). */
export type ReplErrorCode = RlmErrorCode;

/** An error of the REPL bridge: a stable code, a message naming the file or value, a hint. */
export class ReplError extends RlmError {
  constructor(code: ReplErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(code, message, options);
    this.name = "ReplError";
  }
}

/** A usage problem (unknown op, arguments that do not fit the op): the CLI exits 2. */
export function usageError(message: string, hint?: string): ReplError {
  return new ReplError("ERR_RLM_USAGE", message, hint === undefined ? {} : { hint });
}
