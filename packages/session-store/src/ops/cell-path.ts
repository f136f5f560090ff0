import { lstatSync } from "node:fs";
import { join } from "node:path";
import { assertCellId } from "@rlm/session-schema/core";
import { CELLS_DIR } from "../paths.js";

/**
 * Path of a cell file in a session directory — the same for forks: a fork holds its own
 * directory entry for every cell it shares with its parent (a hard link, see
 * fork-cells.ts), so no lookup ever falls back to another session. The one rule for
 * writers: replace cell files atomically (writeFileAtomicSync), never write them in place.
 */
export function resolveCellPath(sessionDir: string, cellId: string): string {
  assertCellId(cellId);
  return join(sessionDir, CELLS_DIR, `${cellId}.json`);
}

/** True while a fork's cell file is still the very file its parent (or another fork) has. */
export function sharesCellWithParent(sessionDir: string, cellId: string): boolean {
  try {
    return lstatSync(resolveCellPath(sessionDir, cellId)).nlink > 1;
  } catch {
    return false;
  }
}
