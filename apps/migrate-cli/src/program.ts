import { Command } from "commander";
import { EXIT_CODES_HELP } from "./exit-codes.js";
import type { CliIO } from "./io.js";
import { addLocationOptions } from "./options.js";

const EXAMPLES = `
Examples:
  rlm-migrate --dry-run                 show what would be migrated, change nothing
  rlm-migrate                           migrate (after backing up every legacy file)
  rlm-migrate verify                    prove nothing was lost
  rlm-migrate --rollback                undo the latest run (or --rollback <run-id>)
  rlm-migrate --json | jq .totals       machine-readable report
`;

/**
 * The commander program. Handlers are loaded lazily and report their exit code through
 * `setExit`; errors propagate to the one boundary in `main`.
 */
export function buildProgram(io: CliIO, setExit: (code: number) => void, version: string): Command {
  const program = new Command("rlm-migrate")
    .description(
      "Move RLM's legacy flat-file state (~/.claude/rlm-state, rlm-externalized, rlm-trajectories) into one " +
        "directory per session. Legacy files are never modified; a backup, verify and rollback keep it safe.",
    )
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError("(run rlm-migrate --help for usage)")
    .option("--dry-run", "print the plan per session (created, mapped, copied, problems); write nothing")
    .option("--backup", "copy every legacy file into <sessions>/migration-backup/<run>/ first (default)")
    .option(
      "--no-backup",
      "skip the copies (checksums are still recorded; rollback cannot restore deleted files)",
    )
    .option(
      "--rollback [run-id]",
      "undo a run: remove what it created, restore legacy files (latest run by default)",
    )
    .option(
      "--force",
      "re-migrate sessions migrated earlier (never sessions created by the hooks); with --rollback, also undo changed items",
    );
  addLocationOptions(program)
    .addHelpText("after", EXAMPLES + EXIT_CODES_HELP)
    .action(async (flags) => {
      const { runMigrateCommand } = await import("./commands/migrate-command.js");
      setExit(runMigrateCommand(io, flags));
    });
  addLocationOptions(
    program
      .command("verify")
      .description("prove nothing was lost: compare every migrated session with its legacy files (read-only)")
      .addHelpText("after", EXIT_CODES_HELP),
  ).action(async (_flags, cmd: Command) => {
    const { runVerifyCommand } = await import("./commands/verify-command.js");
    setExit(runVerifyCommand(io, cmd.optsWithGlobals()));
  });
  return program;
}
