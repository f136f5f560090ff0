import { RlmError } from "@rlm/session-schema/core";

/** No cell with this id in the session (neither in the index nor as a file). */
export class CellNotFoundError extends RlmError {
  readonly cellId: string;

  constructor(cellId: string, where: string, hint?: string) {
    super("ERR_RLM_CELL_NOT_FOUND", `cell ${cellId} not found in ${where}`, {
      hint: hint ?? "list the session's cells, or run rebuild() if the index looks out of date",
    });
    this.name = "CellNotFoundError";
    this.cellId = cellId;
  }
}
