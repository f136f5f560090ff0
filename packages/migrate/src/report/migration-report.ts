import type { UnknownEntry } from "../discover/discovery-types.js";
import type { LegacyDirs } from "../legacy/legacy-dirs.js";
import type { MappedCounts } from "../map/map-session.js";
import type { Problem } from "./problem.js";

/**
 * - `migrated` / `replaced` (with --force): written by this run;
 * - `already-migrated`: a session migrated earlier sits in place (the quiet no-op);
 * - `skipped`: left alone with a reason (a hook-created session has the id, only empty files,
 *   or files that hold no usable data);
 * - `failed`: a file could not be read (permissions, I/O) or writing failed; the legacy files
 *   stay as they are and a re-run after fixing the cause migrates it.
 */
export type SessionStatus = "migrated" | "replaced" | "already-migrated" | "skipped" | "failed";

export interface SessionOutcome {
  sessionId: string;
  status: SessionStatus;
  reason: string | null;
  counts: MappedCounts | null;
  /** Claude Code's transcript the session is linked to (`transcript.jsonl`), when one is known. */
  transcript: string | null;
  problems: Problem[];
}

export type StatusTotals = Record<SessionStatus, number> & { discovered: number };

export interface MigrationReport {
  kind: "migrate";
  /** Null when nothing had to be written (no run folder was made). */
  runId: string | null;
  /** This run finished a run that was interrupted. */
  resumed: boolean;
  sessionsRoot: string;
  legacy: LegacyDirs;
  /** Where Claude Code's transcripts were looked for (`<claudeDir>/projects`). */
  claudeDir: string;
  backup: { copied: boolean; path: string; files: number; bytes: number } | null;
  sessions: SessionOutcome[];
  /** Files that belong to no session: kept in the backup, never migrated. */
  unknown: UnknownEntry[];
  /** Problems with the shared legacy files (context.json, session-metadata.json). */
  problems: Problem[];
  /** Leftovers of an interrupted run that this run removed. */
  cleaned: string[];
  totals: StatusTotals;
  /** No session failed. */
  ok: boolean;
  durationMs: number;
}

/** Typed progress, emitted synchronously while a run goes on (libraries never print). */
export type MigrationEvent =
  | { type: "start"; sessions: number; sessionsRoot: string }
  | { type: "backup"; runId: string; files: number; bytes: number }
  /** A session was written into its staging folder; its outcome follows when its batch is committed. */
  | { type: "staged"; index: number; total: number; sessionId: string }
  | { type: "session"; index: number; total: number; outcome: SessionOutcome }
  | { type: "finish"; report: MigrationReport };

export function countStatuses(outcomes: Array<{ status: SessionStatus }>): StatusTotals {
  const totals: StatusTotals = {
    discovered: outcomes.length,
    migrated: 0,
    replaced: 0,
    "already-migrated": 0,
    skipped: 0,
    failed: 0,
  };
  for (const o of outcomes) totals[o.status]++;
  return totals;
}
