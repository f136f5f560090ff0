import { resolveSessionsRoot } from "@rlm/session-store";
import { MigrateUsageError } from "../errors/migrate-usage-error.js";
import type { LegacyDirOptions } from "../legacy/legacy-dirs.js";
import { readBackupManifest } from "../run/backup.js";
import { cleanLeftovers } from "../run/clean-leftovers.js";
import { assertRunId } from "../run/run-id.js";
import { acquireRunLock } from "../run/run-lock.js";
import { listRuns, readJournal, readRun, runPath, writeRun } from "../run/run-records.js";
import { withTargetErrors } from "../run/write-errors.js";
import { checkRunLegacy } from "./check-run-legacy.js";
import { removeRunSessions } from "./remove-run-sessions.js";
import { restoreLegacy } from "./restore-legacy.js";
import type { RollbackReport } from "./rollback-report.js";

export interface RollbackOptions {
  sessionsDir?: string;
  env?: NodeJS.ProcessEnv;
  /** The run to undo; the latest run not yet rolled back when omitted. */
  runId?: string;
  /** Also remove sessions changed since the run, and overwrite legacy files changed since (moved aside first). */
  force?: boolean;
  /** Report what would be done, change nothing. */
  dryRun?: boolean;
  /**
   * The legacy folders the caller believes the run used (the options of the migration
   * command): accepted when they match the run's records, a usage error otherwise.
   */
  legacy?: LegacyDirOptions;
  now?: () => number;
}

/**
 * Undo one migration run: remove exactly the sessions it created, put back the sessions
 * it replaced, and make every legacy file it backed up exist again byte for byte. The
 * run's backup folder stays (marked rolled back) as the record of what happened.
 */
export function rollback(options: RollbackOptions = {}): RollbackReport {
  const root = resolveSessionsRoot(options.sessionsDir, options.env ?? process.env);
  let runId = options.runId;
  if (runId === undefined) {
    const candidates = listRuns(root).filter((r) => r.status !== "rolled-back");
    runId = candidates[candidates.length - 1]?.run_id;
    if (runId === undefined) throw new MigrateUsageError(`no migration run to roll back in ${root}`);
  }
  assertRunId(runId);
  const act = !options.dryRun;
  const force = options.force ?? false;
  const lock = act ? withTargetErrors(root, "write", () => acquireRunLock(root)) : null;
  try {
    const record = readRun(root, runId);
    if (options.legacy !== undefined) checkRunLegacy(record, options.legacy);
    if (act) cleanLeftovers(root);
    const report: RollbackReport = {
      kind: "rollback",
      runId,
      sessionsRoot: root,
      dryRun: !act,
      removed: [],
      restoredSessions: [],
      kept: [],
      legacy: { restored: [], unchanged: 0, changed: [], unrestorable: [] },
      ok: false,
    };
    removeRunSessions(root, runId, readJournal(root, runId), act, force, report);
    const manifest = readBackupManifest(runPath(root, runId));
    if (manifest) restoreLegacy(runPath(root, runId), manifest, act, force, report);
    report.ok =
      report.kept.length === 0 &&
      report.legacy.unrestorable.length === 0 &&
      report.legacy.changed.every((c) => c.action === "overwritten");
    // A partial rollback leaves the run as it was, so a plain `--rollback` retries it.
    if (act && report.ok)
      writeRun(root, {
        ...record,
        status: "rolled-back",
        rolled_back_at: (options.now ?? Date.now)() / 1000,
      });
    return report;
  } finally {
    lock?.release();
  }
}
