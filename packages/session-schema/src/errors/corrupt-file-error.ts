import { RlmError } from "./rlm-error.js";

/** A file that cannot be read as what it should be. It is reported, never replaced or deleted. */
export class CorruptFileError extends RlmError {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string, cause?: unknown) {
    super("ERR_RLM_CORRUPT_FILE", `corrupt file ${path}: ${reason}`, {
      hint: "the file was left as it is; inspect or restore it by hand",
      cause,
    });
    this.name = "CorruptFileError";
    this.path = path;
    this.reason = reason;
  }
}
