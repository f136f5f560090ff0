export type { ArchivedSession, ArchiveInfo } from "./archive/archive-session.js";
export type { RestoreOptions } from "./archive/restore-session.js";
export { isMissing, readJsonFile, writeFileAtomicSync, writeJsonAtomic } from "./atomic-json.js";
export { decodeSession } from "./codec/decode-session.js";
export { type EncodedSession, encodeSession } from "./codec/encode-session.js";
export { validateSession } from "./codec/validate-session.js";
export { ArchiveError } from "./errors/archive-error.js";
export { LockReentryError } from "./errors/lock-reentry-error.js";
export { LockTimeoutError } from "./errors/lock-timeout-error.js";
export { OutsideRootError } from "./errors/outside-root-error.js";
export { SessionExistsError } from "./errors/session-exists-error.js";
export { SessionNotFoundError } from "./errors/session-not-found-error.js";
export type { AppendEventsOptions } from "./events/append-events.js";
export { EVENTS_LOG } from "./events/events-file.js";
export { applyEvents, type SessionEvent, type SessionEventInput } from "./events/session-event.js";
export {
  type AcquireOptions,
  acquireLock,
  type HeldLock,
  type LockOptions,
  type LockOwner,
  sleepSync,
  withLock,
} from "./lock/lock.js";
export type { LogProblem, LogRead } from "./logs/read-jsonl.js";
export type {
  FileAccessInput as FileAccessLineInput,
  LogName,
  ReadLogOptions,
  ReasoningInput,
} from "./logs/session-logs.js";
export { mkdirpSync } from "./mkdirp.js";
export { type ActivationInput, applyActivation, applyDepth } from "./mutations/activation.js";
export { applyRecursiveCall, applyTokens, type TokenUsage } from "./mutations/budget.js";
export { applyFileAccess, type FileAccessInput } from "./mutations/file-access.js";
export { applyEnd, applyReopen } from "./mutations/lifecycle.js";
export {
  applyToolOutput,
  previewOf,
  type ToolOutputInput,
  toolOutputPreview,
} from "./mutations/tool-output.js";
export { applyMergeWorkingMemory, applyWorkingMemory } from "./mutations/working-memory.js";
export { resolveCellPath, sharesCellWithParent } from "./ops/cell-path.js";
export type { ForkOptions } from "./ops/fork-session.js";
export { type CreateSessionOptions, emptyCellIndex } from "./ops/initial-state.js";
export type { ListFilter, ListProblem, ListResult, SessionSummary } from "./ops/list-sessions.js";
export type { SaveOptions, SessionMutator } from "./ops/save-session.js";
export type { SweepOptions, SweepResult } from "./ops/sweep-debris.js";
export {
  ARCHIVE_DIR,
  ARCHIVE_SUFFIX,
  assertInside,
  CELL_FILE_PATTERN,
  CELL_INDEX_FILE,
  CELLS_DIR,
  CELLS_LOCK,
  CURRENT_LINK,
  DECISIONS_LOG,
  DIR_MODE,
  FILE_ACCESS_LOG,
  FILE_MODE,
  LOGS_LOCK,
  REASONING_DIR,
  resolveSessionsRoot,
  SESSION_FILE,
  SESSION_LOCK,
  SNAPSHOTS_DIR,
  sessionDir,
  TRACES_LOG,
  TRANSCRIPT_LINK,
} from "./paths.js";
export { randomHex } from "./random-id.js";
export { REDACTION_KINDS, redactSecrets } from "./redact/redact-secrets.js";
export { createSessionStore, type SessionStore } from "./session-store.js";
export type { SessionStoreOptions } from "./store/context.js";
