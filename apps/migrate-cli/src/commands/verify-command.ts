import { verifyMigration } from "@rlm/migrate";
import { EXIT_FAILED, EXIT_OK } from "../exit-codes.js";
import type { CliIO } from "../io.js";
import { type LocationFlags, locations } from "../options.js";
import { renderVerify } from "../render/render-verify.js";

export function runVerifyCommand(io: CliIO, flags: LocationFlags): number {
  const report = verifyMigration(locations(flags, io.env));
  io.stdout(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderVerify(report));
  return report.ok ? EXIT_OK : EXIT_FAILED;
}
