import type { CellType } from "@rlm/session-schema/core";
import type { InvalidationChange } from "../types.js";

/**
 * `cached`: not run, its stored output reused (an `error` here is the stored error, not a
 * new one). `live`: run now and succeeded. `failed`: run now and threw. `skipped`: needed
 * a run but a dependency could not provide a fresh output. `needs_executor`: needed a
 * run and no executor is registered for its type.
 */
export type ReplayOutcome = "cached" | "live" | "failed" | "skipped" | "needs_executor";

/** Why a cell had to run: stale, never completed, forced, or its cache key no longer matches. */
export type RunReason = "stale" | "pending" | "forced" | "key_changed";

export interface ReplayStep {
  cellId: string;
  /** 1-based position in the execution order. */
  position: number;
  type: CellType;
  outcome: ReplayOutcome;
  /** True only for `live` and `failed`: produced by this replay. */
  fresh: boolean;
  /** Set when the cell needed a run (even if it was then served from cached_response, skipped, …). */
  runReason?: RunReason;
  /** `cached`: served from the stored output or an llm_call's cached_response. */
  from?: "output" | "cached_response";
  /** `failed`: the new error; `cached`: the stored error (never presented as fresh). */
  error?: string;
  /** `skipped`: the dependency that could not provide a fresh output, and why. */
  via?: string;
  blockedBy?: "failed" | "skipped" | "needs_executor" | "cached_error";
  /** `live`/`failed`: executor wall time. */
  durationMs?: number;
}

export interface ReplayReport {
  steps: ReplayStep[];
  counts: Record<ReplayOutcome, number>;
  /**
   * Cells made stale by the replay: a cell whose file changed while its executor ran (and
   * its dependents), and cells outside the selection whose dependency re-ran with a
   * different output.
   */
  invalidated: InvalidationChange[];
}
