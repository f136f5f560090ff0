import type { VerifyReport } from "@rlm/migrate";
import { EXIT_FAILED, EXIT_OK } from "../exit-codes.js";
import type { CliIO } from "../io.js";
import { type LocationFlags, locations } from "../options.js";
import { renderVerify } from "../render/render-verify.js";
import { usageError } from "../usage-error.js";
import type { MigrateFlags } from "./migrate-command.js";
import { runWithProgress } from "./run-with-progress.js";

/** Options of the migration itself: verify changes nothing, so they would be silently ignored. */
function refuseMigrateOptions(flags: MigrateFlags): void {
  const given = [
    flags.dryRun ? "--dry-run" : null,
    flags.rollback !== undefined ? "--rollback" : null,
    flags.force ? "--force" : null,
    flags.backup === false ? "--no-backup" : flags.backup === true ? "--backup" : null,
  ].filter((f): f is string => f !== null);
  if (given.length > 0) {
    throw usageError(
      `verify takes no ${given.join(", ")}: it only reads, and changes nothing`,
      "run `rlm-migrate verify` with the location options only (see rlm-migrate verify --help)",
    );
  }
}

export async function runVerifyCommand(io: CliIO, flags: LocationFlags & MigrateFlags): Promise<number> {
  refuseMigrateOptions(flags);
  const json = flags.json === true;
  const run = await runWithProgress(io, json, { kind: "verify", options: locations(flags, io.env) });
  if ("exit" in run) return run.exit;
  const report = run.result as VerifyReport;
  io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : renderVerify(report, flags.verbose === true));
  return report.ok ? EXIT_OK : EXIT_FAILED;
}
