import { Command } from "commander";
import { EXIT_CODES_HELP } from "./exit-codes.js";
import type { CliIO } from "./io.js";
import { addLocationOptions } from "./options.js";

const EXAMPLES = `
Examples:
  rlm-migrate --dry-run                 show what would be migrated, change nothing
  rlm-migrate --dry-run --verbose       the plan per session (the default up to 20 sessions)
  rlm-migrate                           migrate (after backing up every legacy file)
  rlm-migrate verify                    prove nothing was lost
  rlm-migrate --rollback                undo the latest run (or --rollback <run-id>)
  rlm-migrate --json | jq .totals       machine-readable report

Not installed? The Claude Code plugin ships a copy (Node >= 20.19):
  node <plugin folder>/bin/rlm-migrate.cjs --dry-run
Once @rlm/migrate-cli is published on npm:  npx @rlm/migrate-cli --dry-run
`;

/**
 * The commander program. Handlers are loaded lazily and report their exit code through
 * `setExit`; errors propagate to the one boundary in `main`.
 */
export function buildProgram(
  io: CliIO,
  setExit: (code: number) => void,
  version: string,
  json = false,
): Command {
  const program = new Command("rlm-migrate")
    .description(
      "Move RLM's legacy flat-file state (~/.claude/rlm-state, rlm-externalized, rlm-trajectories) into one " +
        "directory per session. Legacy files are never modified; a backup, verify and rollback keep it safe.",
    )
    .version(version, "-V, --version", "print the version (also -v)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError("(run rlm-migrate --help for usage)")
    .helpCommand("help [command]", "show help for rlm-migrate or for a command")
    .option("--dry-run", "print the plan (created, mapped, copied, problems, room on disk); write nothing")
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
  addLocationOptions(program, io.env)
    .addHelpText("after", EXAMPLES + EXIT_CODES_HELP)
    .action(async (flags) => {
      const { runMigrateCommand } = await import("./commands/migrate-command.js");
      setExit(await runMigrateCommand(io, { ...flags, json: json || flags.json }));
    });
  addLocationOptions(
    program
      .command("verify")
      .description("prove nothing was lost: compare every migrated session with its legacy files (read-only)")
      .addHelpText("after", EXIT_CODES_HELP),
    io.env,
  ).action(async (_flags, cmd: Command) => {
    const { runVerifyCommand } = await import("./commands/verify-command.js");
    setExit(
      await runVerifyCommand(io, { ...cmd.optsWithGlobals(), json: json || cmd.optsWithGlobals().json }),
    );
  });
  return program;
}
