import { randomHex } from "@rlm/session-store";

/** `cell_` + 8 lowercase hex digits. Uniqueness is enforced by the exclusive create of the cell file. */
export function randomCellId(): string {
  return `cell_${randomHex(8)}`;
}
