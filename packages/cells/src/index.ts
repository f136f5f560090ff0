export { cacheKey, DELETED, outputDigest } from "./cache-key.js";
export { CellStore } from "./cell-store.js";
export { CellExistsError } from "./errors/cell-exists-error.js";
export { CellNotFoundError } from "./errors/cell-not-found-error.js";
export { CycleError } from "./errors/cycle-error.js";
export { MissingDependencyError } from "./errors/missing-dependency-error.js";
export { ReplayError } from "./errors/replay-error.js";
export { SelfDependencyError } from "./errors/self-dependency-error.js";
export { SessionMismatchError } from "./errors/session-mismatch-error.js";
export { hashFile, snapshotFiles } from "./hash-file.js";
export type { IndexDocument, IndexEntry } from "./index-file.js";
export { openCells, openStagedCells } from "./open-cells.js";
export { CELLS_LOCK, JOURNAL_FILE } from "./paths.js";
export type { RebuildReport } from "./rebuild.js";
export {
  type CellExecutor,
  type CellExecutors,
  type CellOutputDoc,
  type ExecutorOutput,
  withCachedResponse,
} from "./replay/executors.js";
export type { ReplayOptions } from "./replay/replay.js";
export type { ReplayOutcome, ReplayReport, ReplayStep, RunReason } from "./replay/replay-report.js";
export type { ReplaySelection } from "./replay/selection.js";
export type {
  CellFilter,
  CellSummary,
  CompleteCellOptions,
  CreateCellSpec,
  ExecutionPage,
  FlushResult,
  InvalidationChange,
  InvalidationReason,
  InvalidationTarget,
  OpenCellsOptions,
} from "./types.js";
