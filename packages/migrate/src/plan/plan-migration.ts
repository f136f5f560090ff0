import { FILE_ACCESS_LOG, SESSION_FILE, TRANSCRIPT_LINK } from "@rlm/session-store";
import { discoverLegacy } from "../discover/discover-legacy.js";
import type { UnknownEntry } from "../discover/discovery-types.js";
import type { LegacyDirs } from "../legacy/legacy-dirs.js";
import { type MappedCounts, type MappedSession, mapSession } from "../map/map-session.js";
import { loadSession, notMigrated } from "../read/load-session.js";
import { readGlobals } from "../read/read-globals.js";
import type { Problem } from "../report/problem.js";
import { changedSinceMigration } from "../run/changed-since.js";
import { findLeftovers } from "../run/clean-leftovers.js";
import { inspectTarget } from "../run/inspect-target.js";
import { type LocationOptions, resolveLocations } from "../run/locations.js";
import { findResumableRun } from "../run/resumable-run.js";
import { checkTarget, type TargetCheck } from "./check-target.js";

export type PlannedAction = "create" | "replace" | "already-migrated" | "skip" | "fail";

/** What a run would do with one session. */
export interface SessionPlan {
  sessionId: string;
  action: PlannedAction;
  reason: string | null;
  /** Paths the session folder would hold (cell files summarized). */
  creates: string[];
  /** Legacy files copied verbatim under the session's `legacy/`. */
  copied: string[];
  counts: MappedCounts | null;
  /** Claude Code's transcript the session would be linked to. */
  transcript: string | null;
  problems: Problem[];
}

export interface MigrationPlan {
  kind: "plan";
  sessionsRoot: string;
  legacy: LegacyDirs;
  /** Where Claude Code's transcripts are looked for (`<claudeDir>/projects`). */
  claudeDir: string;
  /** An interrupted run the real run would finish. */
  resumeRunId: string | null;
  /** Leftovers of interrupted runs the real run would remove. */
  leftovers: string[];
  backup: { files: number; bytes: number };
  /** Whether the sessions root can take the run (writable, room for it). */
  target: TargetCheck;
  sessions: SessionPlan[];
  unknown: UnknownEntry[];
  problems: Problem[];
  totals: Record<PlannedAction, number>;
}

function creates(m: MappedSession): string[] {
  const out = [SESSION_FILE, "cells/index.json"];
  if (m.cells.length > 0) out.push(`cells/<cell_id>.json × ${m.cells.length}`);
  if (m.fileAccess !== null) out.push(FILE_ACCESS_LOG);
  if (m.transcriptPath !== null) out.push(`${TRANSCRIPT_LINK} -> ${m.transcriptPath}`);
  // Verbatim copies are listed under `copied`; here only what the migration composes.
  return [...out, ...m.legacyFiles.filter((f) => !f.path.includes("/")).map((f) => `legacy/${f.path}`)];
}

export interface PlanOptions extends LocationOptions {
  force?: boolean;
  /** The run would copy every legacy file into a backup (default true): counts in the space estimate. */
  backup?: boolean;
  now?: () => number;
  /** Called once per session as it is planned (for a progress bar). */
  onEvent?: (event: { type: "planned"; index: number; total: number; sessionId: string }) => void;
}

/** The dry run: everything a migration would do, read and mapped in full, nothing written. */
export function planMigration(options: PlanOptions = {}): MigrationPlan {
  const { root, dirs, claudeDir } = resolveLocations(options);
  const discovery = discoverLegacy(dirs);
  const globals = readGlobals(discovery, claudeDir);
  const resumable = findResumableRun(root, dirs);
  const nowSeconds = (options.now ?? Date.now)() / 1000;
  const journals = new Map<string, Map<string, string>>();
  const total = discovery.sessions.length;
  const sessions = discovery.sessions.map((s, index): SessionPlan => {
    options.onEvent?.({ type: "planned", index, total, sessionId: s.id });
    const plan = (action: PlannedAction, reason: string | null, problems: Problem[] = []): SessionPlan => ({
      sessionId: s.id,
      action,
      reason,
      creates: [],
      copied: [],
      counts: null,
      transcript: null,
      problems,
    });
    const target = inspectTarget(root, s.id);
    if (target.kind === "foreign") return plan("skip", target.reason);
    if (target.kind === "migrated" && (!options.force || target.runId === resumable?.run_id)) {
      return plan("already-migrated", null);
    }
    if (target.kind === "migrated") {
      const changed = changedSinceMigration(root, s.id, target, journals);
      if (changed !== null) return plan("skip", changed);
    }
    const loaded = loadSession(discovery, globals, s);
    const why = notMigrated(discovery, loaded);
    if (why !== null) return plan(why.failed ? "fail" : "skip", why.reason, loaded.problems);
    try {
      const m = mapSession(loaded, nowSeconds);
      return {
        ...plan(target.kind === "migrated" ? "replace" : "create", null, m.problems),
        creates: creates(m),
        copied: m.legacyFiles.filter((f) => f.path.includes("/")).map((f) => f.path),
        counts: m.counts,
        transcript: m.transcriptPath,
      };
    } catch (err) {
      return plan("fail", (err as Error).message, loaded.problems);
    }
  });
  const totals: Record<PlannedAction, number> = {
    create: 0,
    replace: 0,
    "already-migrated": 0,
    skip: 0,
    fail: 0,
  };
  for (const s of sessions) totals[s.action]++;
  const files = discovery.entries.filter((e) => e.type === "file");
  const bytes = files.reduce((n, e) => n + e.size, 0);
  const writes = totals.create + totals.replace > 0;
  // Each session holds a verbatim copy of its legacy files plus its cells (the tool outputs
  // again): about twice the legacy bytes, plus the backup's copy.
  const needed = writes ? 2 * bytes + (options.backup === false ? 0 : bytes) : 0;
  return {
    kind: "plan",
    sessionsRoot: root,
    legacy: dirs,
    claudeDir,
    resumeRunId: resumable?.run_id ?? null,
    leftovers: findLeftovers(root),
    backup: { files: files.length, bytes },
    target: checkTarget(root, needed),
    sessions,
    unknown: discovery.unknown,
    problems: globals.problems,
    totals,
  };
}
