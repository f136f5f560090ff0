import type { MigrationPlan, MigrationReport, RollbackReport } from "@rlm/migrate";
import { EXIT_FAILED, EXIT_OK } from "../exit-codes.js";
import type { CliIO } from "../io.js";
import { type LocationFlags, locations } from "../options.js";
import { renderPlan } from "../render/render-plan.js";
import { renderMigrationReport } from "../render/render-report.js";
import { renderRollback } from "../render/render-rollback.js";
import { usageError } from "../usage-error.js";
import { runWithProgress } from "./run-with-progress.js";

export interface MigrateFlags extends LocationFlags {
  dryRun?: boolean;
  backup?: boolean;
  rollback?: string | boolean;
  force?: boolean;
}

function emit(io: CliIO, json: boolean, value: unknown, human: () => string): void {
  io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : human());
}

async function runRollback(io: CliIO, flags: MigrateFlags): Promise<number> {
  if (flags.backup !== undefined) {
    throw usageError(
      `--${flags.backup ? "" : "no-"}backup has no meaning with --rollback`,
      "a rollback uses the backup the run made; drop the option",
    );
  }
  const given = {
    legacyDir: flags.legacyDir,
    stateDir: flags.stateDir,
    externalizedDir: flags.externalizedDir,
    trajectoriesDir: flags.trajectoriesDir,
  };
  const named = Object.values(given).some((v) => v !== undefined);
  const run = await runWithProgress(io, flags.json === true, {
    kind: "rollback",
    options: {
      sessionsDir: flags.sessionsDir,
      env: io.env,
      runId: typeof flags.rollback === "string" ? flags.rollback : undefined,
      force: flags.force,
      dryRun: flags.dryRun,
      // The legacy folders come from the run's records; the same ones given again are fine.
      legacy: named ? given : undefined,
    },
  });
  if ("exit" in run) return run.exit;
  const report = run.result as RollbackReport;
  emit(io, flags.json === true, report, () => renderRollback(report));
  return report.ok ? EXIT_OK : EXIT_FAILED;
}

/** The default command: migrate, or plan (--dry-run), or undo a run (--rollback). */
export async function runMigrateCommand(io: CliIO, flags: MigrateFlags): Promise<number> {
  const json = flags.json === true;
  if (flags.rollback !== undefined) return runRollback(io, flags);
  const where = locations(flags, io.env);
  if (flags.dryRun) {
    const run = await runWithProgress(io, json, {
      kind: "plan",
      options: { ...where, force: flags.force, backup: flags.backup !== false },
    });
    if ("exit" in run) return run.exit;
    const plan = run.result as MigrationPlan;
    emit(io, json, plan, () => renderPlan(plan, flags.verbose === true));
    return plan.totals.fail > 0 || plan.target.problem !== null ? EXIT_FAILED : EXIT_OK;
  }
  const run = await runWithProgress(io, json, {
    kind: "migrate",
    options: { ...where, backup: flags.backup !== false, force: flags.force },
  });
  if ("exit" in run) return run.exit;
  const report = run.result as MigrationReport;
  emit(io, json, report, () => renderMigrationReport(report, flags.verbose === true));
  return report.ok ? EXIT_OK : EXIT_FAILED;
}
