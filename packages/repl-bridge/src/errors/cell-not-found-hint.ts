import { isRlmError } from "@rlm/session-schema/core";
import { ReplError } from "./repl-error.js";

/** What an rlm-repl user does about a cell id the session does not hold. */
export const CELL_NOT_FOUND_HINT =
  "list the session's cells and their ids with `rlm-repl --op cells`; a cell of another session needs `--session <id>`";

/**
 * The cells store's ERR_RLM_CELL_NOT_FOUND as a CLI user can act on it: its default hint
 * names a library call (rebuild()), not an rlm-repl operation. Other errors pass unchanged.
 */
export function cellNotFoundForCli(err: unknown): unknown {
  if (!isRlmError(err, "ERR_RLM_CELL_NOT_FOUND")) return err;
  return new ReplError("ERR_RLM_CELL_NOT_FOUND", err.message, { hint: CELL_NOT_FOUND_HINT, cause: err });
}
