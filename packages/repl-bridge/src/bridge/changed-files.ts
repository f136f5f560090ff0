import { resolve } from "node:path";
import { DELETED, hashFile } from "@rlm/cells";
import type { Cell } from "@rlm/session-schema/core";

/**
 * The files a cell read whose content on disk is no longer the one it recorded (a gone
 * file counts; a file recorded as "content unknown" only when it is gone). Relative paths
 * resolve against the process's cwd, as the cells store opened by the bridge does. `memo`
 * (path → hash) spares hashing a file read by many cells again within one decision.
 */
export function changedFiles(cell: Cell, memo?: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [path, recorded] of Object.entries(cell.input.context_snapshot.files)) {
    const abs = resolve(path);
    let now = memo?.get(abs);
    if (now === undefined) {
      now = hashFile(abs) ?? DELETED;
      memo?.set(abs, now);
    }
    if (recorded === null ? now === DELETED : now !== recorded) out.push(path);
  }
  return out;
}
