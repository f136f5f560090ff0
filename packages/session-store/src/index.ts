export { isMissing, readJsonFile, writeFileAtomicSync, writeJsonAtomic } from "./atomic-json.js";
export { LockTimeoutError } from "./errors/lock-timeout-error.js";
export { ArchiveError, OutsideRootError, SessionExistsError, SessionNotFoundError } from "./errors/session-errors.js";
export { acquireLock, type HeldLock, type LockOptions, type LockOwner, sleepSync, withLock } from "./lock.js";
export {
  ARCHIVE_DIR,
  assertInside,
  CELL_INDEX_FILE,
  CELLS_DIR,
  CURRENT_LINK,
  DIR_MODE,
  FILE_ACCESS_LOG,
  FILE_MODE,
  REASONING_DIR,
  resolveSessionsRoot,
  SESSION_FILE,
  SESSION_LOCK,
  SNAPSHOTS_DIR,
  sessionDir,
  TRANSCRIPT_LINK,
} from "./paths.js";
