import { lstatSync, readdirSync, rmSync, type Stats } from "node:fs";
import { join } from "node:path";
import { isSessionId } from "@rlm/session-schema/core";
import { CELLS_DIR, REASONING_DIR, STAGING_PREFIX, TRASH_PREFIX } from "../paths.js";
import type { StoreContext } from "../store/context.js";

export interface SweepOptions {
  /** Only entries last modified longer ago than this are removed. Default 10 minutes. */
  minAgeMs?: number;
}

export interface SweepResult {
  /** Paths removed (our own abandoned temp entries only). */
  removed: string[];
}

const DEFAULT_MIN_AGE_MS = 10 * 60_000;

// What a crash (SIGKILL, power loss) can leave behind, all named by this package or by
// rlm-migrate: staging dirs of creates/forks/restores/migrations (`.staging-*`), deleted
// sessions not yet removed (`.trash-*`), and temp files of atomic writes and links
// (`*.tmp`). Each takes milliseconds to live, so one untouched for `minAgeMs` is
// abandoned. Nothing else is ever removed: not session files, not locks (lock recovery
// handles those), not anything whose name we do not own.

/**
 * `path`'s lstat when it still exists and is at least `minAge` old, else null. With
 * `minAge` 0 any existing entry is: a file written in the current millisecond has an mtime
 * (sub-millisecond, from the kernel's clock) a little after `Date.now()` (whole
 * milliseconds), so its "age" is negative.
 */
function oldEnough(path: string, now: number, minAge: number): Stats | null {
  try {
    const st = lstatSync(path);
    return minAge <= 0 || now - st.mtimeMs >= minAge ? st : null;
  } catch {
    return null; // gone: nothing to sweep
  }
}

/**
 * `*.tmp` files in `dir`. Inside the root only a real directory is swept: a symlink planted
 * at a session's `cells/` or `reasoning/` would lead the sweep to delete someone else's
 * `*.tmp` files outside the root. (The root itself may be a symlink: the user chose it.)
 */
function sweepTmpFiles(dir: string, now: number, minAge: number, removed: string[], isRoot = false): void {
  if (!isRoot && lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() !== true) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(".tmp")) continue;
    const p = join(dir, name);
    const st = oldEnough(p, now, minAge);
    if (st === null || st.isDirectory()) continue;
    rmSync(p, { force: true });
    removed.push(p);
  }
}

/** Remove abandoned temp entries under the sessions root. Safe to run at any time. */
export function sweepDebris(ctx: StoreContext, options: SweepOptions = {}): SweepResult {
  const minAge = options.minAgeMs ?? DEFAULT_MIN_AGE_MS;
  const now = Date.now();
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(ctx.root);
  } catch {
    return { removed };
  }
  for (const name of names) {
    const p = join(ctx.root, name);
    if (name.startsWith(STAGING_PREFIX) || name.startsWith(TRASH_PREFIX)) {
      if (oldEnough(p, now, minAge) === null) continue;
      rmSync(p, { recursive: true, force: true });
      removed.push(p);
    } else if (isSessionId(name) && lstatSync(p, { throwIfNoEntry: false })?.isDirectory() === true) {
      for (const dir of [p, join(p, CELLS_DIR), join(p, REASONING_DIR)])
        sweepTmpFiles(dir, now, minAge, removed);
    }
  }
  sweepTmpFiles(ctx.root, now, minAge, removed, true);
  return { removed };
}
