import { RlmError } from "@rlm/session-schema/core";

/** A cell may not depend on itself. */
export class SelfDependencyError extends RlmError {
  readonly cellId: string;
  readonly path: readonly string[];

  constructor(cellId: string) {
    super("ERR_RLM_SELF_DEPENDENCY", `self-dependency: ${cellId} → ${cellId}`);
    this.name = "SelfDependencyError";
    this.cellId = cellId;
    this.path = [cellId, cellId];
  }
}
