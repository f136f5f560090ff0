/** Every error code this project throws. Stable: tools match on these strings. */
export type RlmErrorCode =
  | "ERR_RLM_INVALID_ID"
  | "ERR_RLM_VALIDATION"
  | "ERR_RLM_SCHEMA_VERSION"
  | "ERR_RLM_CORRUPT_FILE"
  | "ERR_RLM_LOCK_TIMEOUT"
  | "ERR_RLM_SESSION_NOT_FOUND"
  | "ERR_RLM_SESSION_EXISTS"
  | "ERR_RLM_ARCHIVE"
  | "ERR_RLM_OUTSIDE_ROOT"
  | "ERR_RLM_CELL_NOT_FOUND"
  | "ERR_RLM_CELL_EXISTS"
  | "ERR_RLM_SELF_DEPENDENCY"
  | "ERR_RLM_MISSING_DEPENDENCY"
  | "ERR_RLM_CYCLE"
  | "ERR_RLM_REPLAY"
  | "ERR_RLM_MIGRATION"
  | "ERR_RLM_USAGE"
  // the REPL bridge (@rlm/repl-bridge)
  | "ERR_RLM_UNKNOWN_OP"
  | "ERR_RLM_NO_PROVIDER"
  | "ERR_RLM_PROVIDER"
  | "ERR_RLM_BUDGET"
  | "ERR_RLM_MEMORY_DB"
  | "ERR_RLM_NOT_PROMOTABLE"
  | "ERR_RLM_MISSING_MODULE"
  | "ERR_RLM_NOT_FOUND"
  | "ERR_RLM_INTERRUPTED"
  /** rlm-hook's resident helper could not start, serve or answer (the event is recorded in-process). */
  | "ERR_RLM_HELPER";

export interface RlmErrorOptions {
  hint?: string;
  cause?: unknown;
}

/**
 * The one error base. Recognise errors by `code` (see `isRlmError`), never by
 * `instanceof`: two copies of a package may be installed side by side.
 */
export class RlmError extends Error {
  readonly code: RlmErrorCode;
  readonly hint: string | undefined;

  constructor(code: RlmErrorCode, message: string, options: RlmErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "RlmError";
    this.code = code;
    this.hint = options.hint;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, hint: this.hint };
  }
}

/** True when `err` is an RlmError (optionally with the given code), from any copy of this package. */
export function isRlmError<C extends RlmErrorCode>(err: unknown, code?: C): err is RlmError & { code: C } {
  if (typeof err !== "object" || err === null) return false;
  const c = (err as { code?: unknown }).code;
  if (typeof c !== "string" || !c.startsWith("ERR_RLM_")) return false;
  return code === undefined || c === code;
}
