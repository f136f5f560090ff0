import { RlmError } from "@rlm/session-schema/core";

/**
 * The dependency would close a cycle. `path` starts and ends with the same cell and
 * reads "depends on" from left to right: `cell_a → cell_b → cell_a`.
 */
export class CycleError extends RlmError {
  readonly path: readonly string[];

  constructor(path: readonly string[]) {
    super("ERR_RLM_CYCLE", `cycle: ${path.join(" → ")}`, {
      hint: "cells form a DAG; drop one of the dependencies on this path",
    });
    this.name = "CycleError";
    this.path = [...path];
  }
}
