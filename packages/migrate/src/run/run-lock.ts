import { join } from "node:path";
import { isRlmError } from "@rlm/session-schema";
import { acquireLock, type HeldLock } from "@rlm/session-store";
import { MigrationError } from "../errors/migration-error.js";

export const RUN_LOCK = ".rlm-migrate.lock";

/**
 * One migration or rollback at a time per sessions root. A run killed with -9 leaves its
 * lock behind; the next run sees the owner process is gone and takes it over.
 */
export function acquireRunLock(root: string): HeldLock {
  const path = join(root, RUN_LOCK);
  try {
    return acquireLock(path, { timeoutMs: 2_000, staleMs: 7 * 24 * 3600_000 });
  } catch (err) {
    if (isRlmError(err, "ERR_RLM_LOCK_TIMEOUT")) {
      throw new MigrationError(`another rlm-migrate is working on ${root} (lock file ${path})`, {
        hint: "wait for it to finish; if no rlm-migrate is running, remove the lock file it names",
        cause: err,
      });
    }
    throw err;
  }
}
