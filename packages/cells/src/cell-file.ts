import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { assertJsonValue, type Cell, ValidationError, validateCell } from "@rlm/session-schema/core";
import { FILE_MODE, isMissing, randomHex } from "@rlm/session-store";
import { CellNotFoundError } from "./errors/cell-not-found-error.js";
import { upgradeCellDocument } from "./legacy-cell.js";
import type { CellPaths } from "./paths.js";
import { readJsonNoFollow } from "./read-no-follow.js";

// One file per cell, never torn: the content goes to a private temp file (fsync unless
// the store was opened with `fsync: false`; a killed writer leaves no half file either
// way), which is then linked (new cell: link fails
// with EEXIST when the id is taken, so creation is exclusive) or renamed (update) into place.

/** The file text of `cell`; ValidationError (nothing written yet) when it is not JSON (BigInt, cycles). */
export function cellText(cell: Cell, file?: string): string {
  assertJsonValue(cell, "cell", file);
  try {
    return `${JSON.stringify(cell, null, 2)}\n`;
  } catch (err) {
    const message = `cannot be stored as JSON: ${(err as Error).message}`;
    throw new ValidationError("cell", [{ path: "(cell)", message }], file);
  }
}

function writeTemp(target: string, cell: Cell, fsync: boolean): string {
  const text = cellText(cell, target);
  const tmp = `${target}.${process.pid}.${randomHex(8)}.tmp`;
  const fd = openSync(tmp, "wx", FILE_MODE);
  try {
    writeSync(fd, text);
    if (fsync) fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp);
    throw err;
  }
  closeSync(fd);
  return tmp;
}

/** Write a new cell file; false (and nothing written) when a cell with that id already exists. */
export function writeNewCell(paths: CellPaths, cell: Cell, fsync: boolean, bulk = false): boolean {
  const target = paths.cellFile(cell.cell_id);
  if (bulk) return writeNewCellBulk(target, cell);
  const tmp = writeTemp(target, cell, fsync);
  try {
    linkSync(tmp, target);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * Bulk mode (a staging dir nobody reads yet: openStagedCells with `fsync: false`): one exclusive
 * create, no temp file and link. A reader racing this could see a half-written file, so
 * normal sessions never take this path.
 */
function writeNewCellBulk(target: string, cell: Cell): boolean {
  const text = cellText(cell, target);
  let fd: number;
  try {
    fd = openSync(target, "wx", FILE_MODE);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  try {
    writeSync(fd, text);
  } catch (err) {
    closeSync(fd);
    unlinkSync(target);
    throw err;
  }
  closeSync(fd);
  return true;
}

/** Replace an existing cell file atomically. Callers hold the cells lock (read-modify-write). */
export function rewriteCell(paths: CellPaths, cell: Cell, fsync: boolean): void {
  const target = paths.cellFile(cell.cell_id);
  const tmp = writeTemp(target, cell, fsync);
  try {
    renameSync(tmp, target);
  } catch (err) {
    unlinkSync(tmp);
    throw err;
  }
}

/** Read and validate a cell file. Missing → CellNotFoundError; bad → CorruptFileError / ValidationError. */
export function readCell(paths: CellPaths, cellId: string): Cell {
  const file = paths.cellFile(cellId);
  let raw: unknown;
  try {
    raw = readJsonNoFollow(file);
  } catch (err) {
    if (isMissing(err)) throw new CellNotFoundError(cellId, paths.dir);
    throw err;
  }
  return validateCell(upgradeCellDocument(raw), file);
}

export function cellFileExists(paths: CellPaths, cellId: string): boolean {
  return existsSync(paths.cellFile(cellId));
}
