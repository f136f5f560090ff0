import { RlmError } from "./rlm-error.js";

/** An id (session, cell) that is not a plain id: refused before anything touches the disk. */
export class InvalidIdError extends RlmError {
  readonly kind: "session_id" | "cell_id" | "run_id";
  readonly value: string;

  constructor(kind: "session_id" | "cell_id" | "run_id", value: unknown, reason: string) {
    const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 80)) : String(typeof value);
    super("ERR_RLM_INVALID_ID", `invalid ${kind} ${shown}: ${reason}`, {
      hint:
        kind === "cell_id"
          ? "cell ids look like cell_ followed by 8 lowercase hex digits"
          : "use 1-128 characters from A-Z a-z 0-9 . _ - (no path separators, no '..', not starting with '.')",
    });
    this.name = "InvalidIdError";
    this.kind = kind;
    this.value = typeof value === "string" ? value : String(value);
  }
}
