import { MigrateUsageError, migrate, planMigration, rollback } from "@rlm/migrate";
import { EXIT_FAILED, EXIT_OK } from "../exit-codes.js";
import type { CliIO } from "../io.js";
import { type LocationFlags, locations } from "../options.js";
import { progressRenderer } from "../render/progress.js";
import { renderPlan } from "../render/render-plan.js";
import { renderMigrationReport } from "../render/render-report.js";
import { renderRollback } from "../render/render-rollback.js";

export interface MigrateFlags extends LocationFlags {
  dryRun?: boolean;
  backup?: boolean;
  rollback?: string | boolean;
  force?: boolean;
}

function emit(io: CliIO, json: boolean, value: unknown, human: () => string): void {
  io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : human());
}

function runRollback(io: CliIO, flags: MigrateFlags): number {
  const misplaced = (["legacyDir", "stateDir", "externalizedDir", "trajectoriesDir"] as const).filter(
    (k) => flags[k] !== undefined,
  );
  if (misplaced.length > 0 || flags.backup === false) {
    throw new MigrateUsageError(
      "--rollback takes the legacy folders from the run's own records",
      "drop the legacy folder options and --no-backup",
    );
  }
  const report = rollback({
    sessionsDir: flags.sessionsDir,
    env: io.env,
    runId: typeof flags.rollback === "string" ? flags.rollback : undefined,
    force: flags.force,
    dryRun: flags.dryRun,
  });
  emit(io, flags.json === true, report, () => renderRollback(report));
  return report.ok ? EXIT_OK : EXIT_FAILED;
}

/** The default command: migrate, or plan (--dry-run), or undo a run (--rollback). */
export function runMigrateCommand(io: CliIO, flags: MigrateFlags): number {
  const json = flags.json === true;
  if (flags.rollback !== undefined) return runRollback(io, flags);
  const where = locations(flags, io.env);
  if (flags.dryRun) {
    const plan = planMigration({ ...where, force: flags.force });
    emit(io, json, plan, () => renderPlan(plan));
    return plan.totals.fail > 0 ? EXIT_FAILED : EXIT_OK;
  }
  const report = migrate({
    ...where,
    backup: flags.backup !== false,
    force: flags.force,
    onEvent: progressRenderer(io, json),
  });
  emit(io, json, report, () => renderMigrationReport(report));
  return report.ok ? EXIT_OK : EXIT_FAILED;
}
