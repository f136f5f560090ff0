import type { LegacyDirs } from "../legacy/legacy-dirs.js";

/** One comparison: what the legacy source holds against what the migrated session holds. */
export interface VerifyCheck {
  name: string;
  legacy: number;
  migrated: number;
  ok: boolean;
}

/**
 * - `ok`: every count and content hash matches the legacy source;
 * - `mismatch`: something differs (see `differences`);
 * - `missing`: the legacy session has data but no migrated session exists;
 * - `skipped`: nothing to verify (only empty or unreadable files, or a hook-created session has the id).
 */
export interface SessionVerification {
  sessionId: string;
  status: "ok" | "mismatch" | "missing" | "skipped";
  reason: string | null;
  checks: VerifyCheck[];
  differences: string[];
}

export interface VerifyReport {
  kind: "verify";
  sessionsRoot: string;
  legacy: LegacyDirs;
  sessions: SessionVerification[];
  totals: Record<SessionVerification["status"], number>;
  /** No session is missing or differs. */
  ok: boolean;
}
