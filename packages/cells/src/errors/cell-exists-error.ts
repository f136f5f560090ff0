import { RlmError } from "@rlm/session-schema/core";

/** A caller-chosen cell id that is already taken in this session. */
export class CellExistsError extends RlmError {
  readonly cellId: string;

  constructor(cellId: string, where: string) {
    super("ERR_RLM_CELL_EXISTS", `cell ${cellId} already exists in ${where}`, {
      hint: "omit cellId to get a fresh random id",
    });
    this.name = "CellExistsError";
    this.cellId = cellId;
  }
}
