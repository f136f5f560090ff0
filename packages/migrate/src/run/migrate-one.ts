import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { DiscoveredSession, Discovery } from "../discover/discovery-types.js";
import type { MappedCounts } from "../map/map-session.js";
import { mapSession } from "../map/map-session.js";
import { loadSession, notMigrated } from "../read/load-session.js";
import type { LegacyGlobals } from "../read/read-globals.js";
import type { SessionOutcome } from "../report/migration-report.js";
import type { Problem } from "../report/problem.js";
import { MIGRATE_TOOL } from "../version.js";
import { mkdirPrivate } from "../write/private-fs.js";
import { stageSession, stagingPath } from "../write/stage-session.js";
import { changedSinceMigration } from "./changed-since.js";
import { inspectTarget, type TargetState } from "./inspect-target.js";
import type { RunHandle, RunSettings } from "./run-handle.js";
import { REPLACED_DIR } from "./run-records.js";

export interface SessionJob {
  settings: RunSettings;
  globals: LegacyGlobals;
  run: RunHandle;
  /** Journals of earlier runs, read once (see changed-since.ts). */
  journals: Map<string, Map<string, string>>;
}

/** A session written into its staging folder, waiting to be made durable and renamed into place. */
export interface StagedSession {
  id: string;
  path: string;
  bytes: number;
  sessionSha256: string;
  replaces: boolean;
  counts: MappedCounts;
  transcript: string | null;
  problems: Problem[];
}

const outcome = (
  s: DiscoveredSession,
  status: SessionOutcome["status"],
  reason: string | null,
  problems: Problem[] = [],
) => ({
  sessionId: s.id,
  status,
  reason,
  counts: null,
  transcript: null,
  problems,
});

/**
 * Read, map and stage one session. Returns the staged session, or the session's final
 * outcome when there is nothing to write. Never throws.
 */
export function prepareSession(job: SessionJob, s: DiscoveredSession): StagedSession | SessionOutcome {
  const { settings, run } = job;
  let target: TargetState;
  try {
    target = inspectTarget(settings.root, s.id);
  } catch (err) {
    return outcome(s, "failed", (err as Error).message);
  }
  if (target.kind === "foreign") return outcome(s, "skipped", target.reason);
  if (target.kind === "migrated" && (!settings.force || target.runId === run.id))
    return outcome(s, "already-migrated", null);
  if (target.kind === "migrated") {
    const changed = changedSinceMigration(settings.root, s.id, target, job.journals);
    if (changed !== null) return outcome(s, "skipped", changed);
  }
  const loaded = loadSession(settings.discovery as Discovery, job.globals, s);
  const why = notMigrated(settings.discovery, loaded);
  if (why !== null) return outcome(s, why.failed ? "failed" : "skipped", why.reason, loaded.problems);
  let mapped: ReturnType<typeof mapSession>;
  try {
    mapped = mapSession(loaded, settings.nowMs() / 1000);
  } catch (err) {
    return outcome(s, "failed", (err as Error).message, loaded.problems);
  }
  // Outside the catch below: a backup that cannot be written stops the run before any session is.
  const runId = run.ensureStarted();
  try {
    const provenance = {
      run_id: runId,
      migrated_at: settings.nowMs() / 1000,
      tool: MIGRATE_TOOL,
    };
    const staged = stageSession(settings.root, mapped, provenance);
    return {
      id: s.id,
      ...staged,
      replaces: target.kind === "migrated",
      counts: mapped.counts,
      transcript: mapped.transcriptPath,
      problems: mapped.problems,
    };
  } catch (err) {
    rmSync(stagingPath(settings.root, s.id), { recursive: true, force: true });
    return outcome(s, "failed", (err as Error).message, loaded.problems);
  }
}

/** Rename a staged (and already durable) session into place, moving a replaced one into the run's backup. */
export function commitSession(job: SessionJob, staged: StagedSession): SessionOutcome {
  const { settings, run } = job;
  const dest = join(settings.root, staged.id);
  try {
    run.journal({ op: "begin", session_id: staged.id, session_sha256: staged.sessionSha256 });
    if (staged.replaces) {
      const replaced = join(run.path!, REPLACED_DIR);
      mkdirPrivate(replaced);
      renameSync(dest, join(replaced, staged.id));
      run.journal({ op: "replaced", session_id: staged.id });
    }
    renameSync(staged.path, dest);
    run.journal({ op: "created", session_id: staged.id, session_sha256: staged.sessionSha256 });
    const status = staged.replaces ? "replaced" : "migrated";
    return {
      sessionId: staged.id,
      status,
      reason: null,
      counts: staged.counts,
      transcript: staged.transcript,
      problems: staged.problems,
    };
  } catch (err) {
    rmSync(staged.path, { recursive: true, force: true });
    return {
      sessionId: staged.id,
      status: "failed",
      reason: (err as Error).message,
      counts: null,
      transcript: null,
      problems: staged.problems,
    };
  }
}
