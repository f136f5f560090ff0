import { RlmError } from "@rlm/session-schema";

/**
 * A command line that cannot work (exit code 2). Built here rather than imported from
 * @rlm/migrate so that the main thread never loads the library (the worker does).
 */
export function usageError(message: string, hint?: string): RlmError {
  return new RlmError("ERR_RLM_USAGE", message, { hint });
}
