import type { Cell, CellInputDoc, CellStatus, CellType } from "@rlm/session-schema";
import type { LockOptions } from "@rlm/session-store";

export interface OpenCellsOptions {
  /** Resolves relative paths in `context_snapshot.files` (default: process.cwd()). */
  cwd?: string;
  /** fsync cell files and durable journal appends (default true). `false` is for bulk imports and tests. */
  fsync?: boolean;
  /** Passed to the cells lock (`<session>/cells/.cells.lock`). */
  lock?: LockOptions;
  /** Compact the journal once it exceeds max(this, index.json size / 4) bytes (default 1 MiB). */
  autoFlushBytes?: number;
  /** Rebuild from the cell files when index.json is unusable (default true); else throw. */
  autoRebuild?: boolean;
}

/** How a cell ended: `error` set → status `error`, else `done`. */
export interface CompleteCellOptions {
  result?: unknown;
  error?: string | null;
  executionTimeMs?: number | null;
  /** The exact LLM text of an llm_call, so replays are deterministic. */
  cachedResponse?: string | null;
}

export interface CreateCellSpec {
  type: CellType;
  input?: CellInputDoc["input"];
  code?: string | null;
  dependencies?: readonly string[];
  trace?: CellInputDoc["trace"];
  metadata?: CellInputDoc["metadata"];
  extra?: Record<string, unknown>;
  /** Deterministic id (e.g. derived from a tool_use_id); refused with ERR_RLM_CELL_EXISTS when taken. */
  cellId?: string;
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
