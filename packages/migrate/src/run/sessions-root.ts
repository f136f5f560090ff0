import { accessSync, constants, lstatSync, readlinkSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { MigrateUsageError } from "../errors/migrate-usage-error.js";
import { nearestExisting } from "../write/nearest-existing.js";
import { mkdirPrivate } from "../write/private-fs.js";
import { targetWriteError } from "./write-errors.js";

const HINT = "choose a folder with --sessions-dir (or $RLM_SESSIONS_DIR)";

/** The target of `path` when it is a symlink (to nothing that exists), else null. */
function danglingTarget(path: string): string | null {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : null;
  } catch {
    return null;
  }
}

/**
 * A sessions root that is a file, or lies under one, or a dangling symlink (or lies under
 * one): a usage error naming it (exit 2),
 * instead of whichever system call would trip over it first. Null when it is a folder or
 * can be made as one.
 */
export function sessionsRootNotAFolder(root: string): MigrateUsageError | null {
  for (let head = root; ; head = dirname(head)) {
    try {
      if (statSync(head).isDirectory()) return null;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const link = code === "ENOENT" ? danglingTarget(head) : null;
      if (link !== null)
        return new MigrateUsageError(
          head === root
            ? `the sessions root ${root} is a symlink to ${link}, which does not exist`
            : `the sessions root ${root} cannot be made: ${head} is a symlink to ${link}, which does not exist`,
          `${HINT}, or create ${link} (a drive that is not mounted?)`,
        );
      if ((code === "ENOENT" || code === "ENOTDIR") && dirname(head) !== head) continue;
      return null; // anything else is for the run to report where it happens
    }
    return new MigrateUsageError(
      head === root
        ? `the sessions root ${root} is not a folder`
        : `the sessions root ${root} cannot be made: ${head} is not a folder`,
      HINT,
    );
  }
}

/**
 * Make the sessions root. A failure is diagnosed on the nearest folder that exists, as the
 * dry run checks it ("cannot write in <folder>: read-only file system (EROFS)").
 */
export function createSessionsRoot(root: string): void {
  try {
    mkdirPrivate(root);
  } catch (err) {
    const checked = nearestExisting(root);
    // a folder that cannot be written in is named as the dry run names it: the nearest one that exists
    const code = (err as NodeJS.ErrnoException).code;
    const denied = code === "EROFS" || code === "EACCES" || code === "EPERM";
    const direct = denied
      ? targetWriteError(err, checked, "write")
      : targetWriteError(err, root, "create the sessions root");
    if (direct !== null) throw direct;
    try {
      accessSync(checked, constants.W_OK | constants.X_OK);
    } catch (why) {
      throw targetWriteError(why, checked, "write") ?? err;
    }
    throw err;
  }
}
