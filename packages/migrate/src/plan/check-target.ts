import { accessSync, constants, statfsSync, statSync } from "node:fs";
import { WRITE_ERRORS } from "../run/write-errors.js";
import { nearestExisting } from "../write/nearest-existing.js";

/** Whether the sessions root can take the migration, as far as a dry run can tell without writing. */
export interface TargetCheck {
  /** The sessions root. */
  path: string;
  exists: boolean;
  /** The folder that was checked: the root, or its nearest existing parent. */
  checked: string;
  writable: boolean;
  /** Free bytes on its file system for this user (null when unknown). */
  freeBytes: number | null;
  /** A rough upper estimate of what the run writes (backup, sessions, cells). */
  neededBytes: number;
  /** Why the run would fail, or null. */
  problem: string | null;
}

/**
 * Check the sessions root the way the run will use it: writable (or creatable) by this
 * user, on a writable file system, with room for about `neededBytes`. Writes nothing.
 */
export function checkTarget(root: string, neededBytes: number): TargetCheck {
  const checked = nearestExisting(root);
  const base = { path: root, exists: checked === root, checked, neededBytes };
  try {
    if (!statSync(checked).isDirectory())
      return { ...base, writable: false, freeBytes: null, problem: `${checked} is not a folder` };
    accessSync(checked, constants.W_OK | constants.X_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    const why = WRITE_ERRORS[code] ?? (err as Error).message;
    return {
      ...base,
      writable: false,
      freeBytes: null,
      problem: `cannot write in ${checked}: ${why} (${code})`,
    };
  }
  let freeBytes: number | null = null;
  try {
    const fs = statfsSync(checked);
    freeBytes = Number(fs.bavail) * Number(fs.bsize);
  } catch {
    /* unknown: not a reason to refuse */
  }
  const problem =
    freeBytes !== null && freeBytes < neededBytes
      ? `not enough space in ${checked}: about ${neededBytes} bytes needed, ${freeBytes} free (ENOSPC)`
      : null;
  return { ...base, writable: true, freeBytes, problem };
}
