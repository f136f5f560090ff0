import { CorruptFileError } from "@rlm/session-schema/core";

/**
 * A file of one session found in another session's directory (a directory copied or
 * renamed by hand). Never repaired by a rebuild: that would relabel another session's data.
 */
export class SessionMismatchError extends CorruptFileError {
  readonly expected: string;
  readonly found: string;

  constructor(path: string, found: string, expected: string) {
    super(
      path,
      `belongs to session ${found}, not ${expected} (a session directory copied or renamed by hand? copy sessions with fork)`,
    );
    this.name = "SessionMismatchError";
    this.expected = expected;
    this.found = found;
  }
}
