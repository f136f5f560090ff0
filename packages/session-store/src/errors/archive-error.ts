import { RlmError } from "@rlm/session-schema/core";

/** An archive that cannot be written, verified or read back. */
export class ArchiveError extends RlmError {
  constructor(message: string, cause?: unknown) {
    super("ERR_RLM_ARCHIVE", message, {
      cause,
      hint: "the session directory and the archive were left as they were",
    });
    this.name = "ArchiveError";
  }
}
