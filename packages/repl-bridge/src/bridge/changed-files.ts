import { resolve } from "node:path";
import { DELETED, hashFile } from "@rlm/cells";
import type { Cell } from "@rlm/session-schema/core";

/**
 * The files a cell read whose content on disk is no longer the one it recorded (a gone
 * file counts; a file recorded as "content unknown" only when it is gone). Relative paths
 * resolve against the process's cwd, as the cells store opened by the bridge does.
 */
export function changedFiles(cell: Cell): string[] {
  const out: string[] = [];
  for (const [path, recorded] of Object.entries(cell.input.context_snapshot.files)) {
    const now = hashFile(resolve(path)) ?? DELETED;
    if (recorded === null ? now === DELETED : now !== recorded) out.push(path);
  }
  return out;
}
