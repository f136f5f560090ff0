import type { Cell, CellInputDoc, CellStatus, CellType } from "@rlm/session-schema/core";
import type { LockOptions } from "@rlm/session-store";
import type { CellStore } from "./cell-store.js";

export interface OpenCellsOptions {
  /** Resolves relative paths in `context_snapshot.files` (default: process.cwd()). */
  cwd?: string;
  /**
   * fsync cell files and durable journal appends (default true). `false` keeps every write
   * atomic (a killed process tears nothing) but a power loss may lose recent writes; used
   * by the hooks between turns, by imports and tests.
   */
  fsync?: boolean;
  /** Passed to the cells lock (`<session>/cells/.cells.lock`). */
  lock?: LockOptions;
  /** Compact the journal once it exceeds max(this, index.json size / 4) bytes (default 1 MiB). */
  autoFlushBytes?: number;
  /** Rebuild from the cell files when index.json is unusable (default true); else throw. */
  autoRebuild?: boolean;
  /**
   * Take over the cells lock of a writer that died holding it and repair what it left
   * (default true: every reader does, so a query after a crash is right). `false` with
   * `autoRebuild: false`: a reader that never writes (rlm-repl's helper warming its
   * indexes between requests).
   */
  repair?: boolean;
  /**
   * A store of the same session opened earlier in this process: its loaded index is taken
   * over (and refreshed from the disk on first use) when the session directory (device,
   * inode), id and cwd are the same, instead of loading index.json again. For long-lived
   * readers that open a session per request; the earlier store must not be used afterwards.
   */
  reuse?: CellStore;
}

/** How a cell ended: `error` set → status `error`, else `done`. */
export interface CompleteCellOptions {
  result?: unknown;
  error?: string | null;
  executionTimeMs?: number | null;
  /** The exact LLM text of an llm_call, so replays are deterministic. */
  cachedResponse?: string | null;
  /**
   * Files the cell wrote (relative paths resolve against the session's cwd). Each is hashed
   * now and recorded in `extra.writes`; the cell becomes the file's last writer
   * (`lastWriter`), and every cell that read other content of the file becomes stale,
   * transitively (a file mark: see README). Only for a `done` outcome.
   */
  writes?: readonly string[];
  /** Files the cell turned out to have read (known only at completion, e.g. a search's matches): hashed now, added to its snapshot. */
  reads?: readonly string[];
  /**
   * Dependencies learnt at completion (e.g. the writers of the files a search matched):
   * added like `addDependency` (each must exist; one that would close a cycle is refused
   * with ERR_RLM_CYCLE and nothing is written).
   */
  dependencies?: readonly string[];
  /** Why the system (not the cell's run) gave this outcome, e.g. "orphaned: no PostToolUse". Stored as `status_reason`. */
  reason?: string | null;
}

export interface CreateCellSpec {
  type: CellType;
  input?: CellInputDoc["input"];
  code?: string | null;
  dependencies?: readonly string[];
  trace?: CellInputDoc["trace"];
  metadata?: CellInputDoc["metadata"];
  extra?: Record<string, unknown>;
  /** Deterministic id; refused with ERR_RLM_CELL_EXISTS when taken. */
  cellId?: string;
  /**
   * A caller's unique key for the cell (e.g. a tool_use_id), kept as `extra.key`. The id is
   * derived from it (`cell_` + 8 hex of sha256(key, attempt), probing on collision), so
   * `findKey(key)` finds the cell again from any process. A second create with the same
   * key is refused with ERR_RLM_CELL_EXISTS (`err.cellId` names the cell). Not with `cellId`.
   */
  key?: string;
  /** Epoch seconds (default: now, microsecond resolution). */
  createdAt?: number;
  /** Create the cell already completed (migration, hooks that see the outcome at once). */
  output?: CompleteCellOptions;
  /** Default: `pending`, or `done`/`error` when `output` is given. */
  status?: CellStatus;
  completedAt?: number | null;
}

/** A cell as the index knows it (no body): cheap to list by the hundred thousand. */
export interface CellSummary {
  cellId: string;
  type: CellType;
  status: CellStatus;
  statusReason: string | null;
  createdAt: number;
  dependencies: readonly string[];
  dependents: readonly string[];
}

export interface CellFilter {
  type?: CellType;
  status?: CellStatus;
}

/** One page of the cells in execution order (`CellStore.executionPage`). */
export interface ExecutionPage {
  /** Cells in the session. */
  total: number;
  /** Cells in execution order that pass the filter (cells on a cycle have no position). */
  matched: number;
  /** The page: summaries, each with its 1-based position in the execution order. */
  cells: (CellSummary & { position: number })[];
}

export type InvalidationTarget = { cellIds: readonly string[] } | { filePath: string } | { checkDisk: true };

export type InvalidationReason =
  | { kind: "requested" }
  | { kind: "file_changed"; path: string; recorded?: string | null; found?: string }
  | { kind: "file_deleted"; path: string; recorded: string | null }
  | { kind: "dependency_stale"; via: string }
  | { kind: "dependency_changed"; via: string };

/** One cell that changed state: it was `from` and is `stale` now. */
export interface InvalidationChange {
  cellId: string;
  from: CellStatus;
  reason: InvalidationReason;
}

export interface FlushResult {
  cells: number;
  gen: number;
}

export type { Cell };
