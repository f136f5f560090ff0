import { randomBytes } from "node:crypto";

/** `cell_` + 8 lowercase hex digits. Uniqueness is enforced by the exclusive create of the cell file. */
export function randomCellId(): string {
  return `cell_${randomBytes(4).toString("hex")}`;
}
