import { existsSync } from "node:fs";
import { discoverLegacy } from "../discover/discover-legacy.js";
import { readGlobals } from "../read/read-globals.js";
import {
  countStatuses,
  type MigrationEvent,
  type MigrationReport,
  type SessionOutcome,
} from "../report/migration-report.js";
import { makeDurable } from "../write/make-durable.js";
import { fsyncPath } from "../write/private-fs.js";
import { backupProblems } from "./backup.js";
import { cleanLeftovers } from "./clean-leftovers.js";
import { interrupted } from "./interrupted.js";
import { type LocationOptions, resolveLocations } from "./locations.js";
import { commitSession, prepareSession, type StagedSession } from "./migrate-one.js";
import { findResumableRun } from "./resumable-run.js";
import { RunHandle } from "./run-handle.js";
import { acquireRunLock } from "./run-lock.js";
import { createSessionsRoot } from "./sessions-root.js";
import { targetWriteError, withTargetErrors } from "./write-errors.js";

/** Sessions staged before one durability flush and the renames into place (see make-durable.ts). */
const BATCH_SESSIONS = 64;
const BATCH_BYTES = 64 * 1024 * 1024;

export interface MigrateOptions extends LocationOptions {
  /** Copy every legacy file into the run's backup (default true); false keeps checksums only. */
  backup?: boolean;
  /** Re-migrate sessions an earlier run migrated (never sessions created by the hooks). */
  force?: boolean;
  /** Make each batch of staged sessions durable before renaming it into place (default true). */
  durable?: boolean;
  /** Clock in epoch milliseconds (tests). */
  now?: () => number;
  onEvent?: (event: MigrationEvent) => void;
  /**
   * Asked between sessions and between backup copies; true stops the run cleanly: what is
   * staged is committed, the run stays unfinished (`running`) and the next run resumes it.
   * The call then throws `ERR_RLM_MIGRATION` saying so.
   */
  shouldStop?: () => boolean;
}

/**
 * Migrate every legacy session into the sessions root. Idempotent (a second run is a no-op
 * that writes nothing), resumable (a run killed at any moment is finished by the next),
 * and it never modifies or deletes a legacy file. Failures of single sessions are reported
 * in the result, never thrown.
 */
export function migrate(options: MigrateOptions = {}): MigrationReport {
  const nowMs = options.now ?? Date.now;
  const began = Date.now();
  const emit = options.onEvent ?? (() => {});
  const { root, dirs, claudeDir } = resolveLocations(options);
  const discovery = discoverLegacy(dirs);
  const globals = readGlobals(discovery, claudeDir);
  emit({ type: "start", sessions: discovery.sessions.length, sessionsRoot: root });
  const outcomes: SessionOutcome[] = [];
  let cleaned: string[] = [];
  let run: RunHandle | null = null;
  const report = (): MigrationReport => {
    const totals = countStatuses(outcomes);
    const manifest = run?.backup ?? null;
    return {
      kind: "migrate",
      runId: run?.id ?? null,
      resumed: run?.resumed ?? false,
      sessionsRoot: root,
      legacy: dirs,
      claudeDir,
      backup:
        manifest && run?.path
          ? { copied: manifest.copied, path: run.path, files: manifest.files, bytes: manifest.bytes }
          : null,
      sessions: outcomes,
      unknown: discovery.unknown,
      problems: [...globals.problems, ...backupProblems(manifest)],
      cleaned,
      totals,
      ok: totals.failed === 0,
      durationMs: Date.now() - began,
    };
  };
  if (discovery.sessions.length > 0) createSessionsRoot(root);
  if (existsSync(root)) {
    const lock = withTargetErrors(root, "write", () => acquireRunLock(root));
    try {
      cleaned = cleanLeftovers(root);
      const stop = options.shouldStop ?? (() => false);
      const settings = {
        root,
        discovery,
        backup: options.backup ?? true,
        force: options.force ?? false,
        durable: options.durable ?? true,
        nowMs,
        emit,
        shouldStop: stop,
      };
      run = new RunHandle(settings, findResumableRun(root, dirs));
      const job = { settings, globals, run, journals: new Map() };
      const total = discovery.sessions.length;
      let batch: Array<{ index: number; staged: StagedSession }> = [];
      let batchBytes = 0;
      const settle = (index: number, o: SessionOutcome) => {
        outcomes[index] = o;
        emit({ type: "session", index, total, outcome: o });
      };
      const commitBatch = () => {
        if (batch.length === 0) return;
        if (settings.durable)
          makeDurable(
            root,
            batch.map((b) => b.staged.path),
          );
        for (const b of batch) settle(b.index, commitSession(job, b.staged));
        if (settings.durable) fsyncPath(root);
        batch = [];
        batchBytes = 0;
      };
      for (const [index, s] of discovery.sessions.entries()) {
        if (stop()) {
          commitBatch();
          throw interrupted(run.id, outcomes.filter(Boolean).length, total);
        }
        const prepared = prepareSession(job, s);
        if (!("path" in prepared)) {
          settle(index, prepared);
          continue;
        }
        emit({ type: "staged", index, total, sessionId: s.id });
        batch.push({ index, staged: prepared });
        batchBytes += prepared.bytes;
        if (batch.length >= BATCH_SESSIONS || batchBytes >= BATCH_BYTES) commitBatch();
      }
      commitBatch();
      run.finish(report());
    } catch (err) {
      throw targetWriteError(err, root, "write") ?? err;
    } finally {
      lock.release();
    }
  }
  const final = report();
  emit({ type: "finish", report: final });
  return final;
}
