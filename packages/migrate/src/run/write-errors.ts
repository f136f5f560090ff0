import { isRlmError } from "@rlm/session-schema";
import { MigrationError } from "../errors/migration-error.js";

/** System errors that mean "this folder cannot take our files", in plain words. */
export const WRITE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
};

const HINTS: Readonly<Record<string, string>> = {
  EACCES: "make the folder writable by you, or choose another one with --sessions-dir",
  EPERM: "make the folder writable by you, or choose another one with --sessions-dir",
  EROFS: "choose a folder on a writable file system with --sessions-dir",
  ENOSPC:
    "free some space (`rlm-migrate --dry-run` estimates what is needed) or choose a --sessions-dir on a disk with room",
  EDQUOT:
    "free some space (`rlm-migrate --dry-run` estimates what is needed) or choose a --sessions-dir on a disk with room",
};

function errnoOf(err: unknown): string | null {
  for (let e = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code in WRITE_ERRORS) return code;
  }
  return null;
}

/**
 * A write into the sessions root that failed for a reason the user must fix (permissions,
 * read-only or full disk), as a coded error naming the folder instead of whichever internal
 * file was being written. Null for any other error (and for errors already coded).
 */
export function targetWriteError(err: unknown, folder: string, doing: string): MigrationError | null {
  if (isRlmError(err, "ERR_RLM_MIGRATION") || isRlmError(err, "ERR_RLM_USAGE")) return null;
  if (isRlmError(err, "ERR_RLM_LOCK_TIMEOUT")) return null;
  const code = errnoOf(err);
  if (code === null) return null;
  return new MigrationError(`cannot ${doing} in ${folder}: ${WRITE_ERRORS[code]} (${code})`, {
    hint: `${HINTS[code]}; nothing was changed in the legacy folders, and a re-run resumes`,
    cause: err,
  });
}

/** Run `fn`, turning a permission / read-only / full-disk failure into `targetWriteError`. */
export function withTargetErrors<T>(folder: string, doing: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw targetWriteError(err, folder, doing) ?? err;
  }
}
