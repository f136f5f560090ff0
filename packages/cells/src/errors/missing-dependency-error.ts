import { RlmError } from "@rlm/session-schema/core";

/** A dependency that names no cell of this session. */
export class MissingDependencyError extends RlmError {
  /** The cell that would depend on `missing` (the new cell's id, or "(new cell)" before one is drawn). */
  readonly cellId: string;
  readonly missing: string;
  readonly path: readonly string[];

  constructor(cellId: string, missing: string) {
    super("ERR_RLM_MISSING_DEPENDENCY", `missing dependency: ${cellId} → ${missing} (no such cell)`, {
      hint: "create the dependency first; dependencies must already exist",
    });
    this.name = "MissingDependencyError";
    this.cellId = cellId;
    this.missing = missing;
    this.path = [cellId, missing];
  }
}
