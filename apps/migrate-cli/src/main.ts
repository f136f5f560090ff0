import { isRlmError } from "@rlm/session-schema";
import { CommanderError } from "commander";
import pkg from "../package.json" with { type: "json" };
import { EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import { type CliIO, processIO } from "./io.js";
import { toJobError } from "./job/job.js";
import { printError } from "./print-error.js";
import { buildProgram } from "./program.js";

/**
 * `-v` asks for the version, as with most tools (commander only knows -V): wherever
 * `--version` would be taken, never as the value of an option or after `--`.
 */
function normalizeArgv(argv: string[]): string[] {
  const end = argv.indexOf("--");
  return argv.map((a, i) =>
    a === "-v" && (end === -1 || i < end) && !/^--[a-z-]+-dir$/.test(argv[i - 1] ?? "") ? "--version" : a,
  );
}

/**
 * Run rlm-migrate with `argv` (without node and the script). The one error boundary:
 * commander and usage errors → 2, any other error → 1, each printed once.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = EXIT_OK;
  const json = argv.includes("--json");
  try {
    await buildProgram(io, (c) => (exitCode = c), pkg.version, json).parseAsync(normalizeArgv(argv), {
      from: "user",
    });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT_OK;
      // commander has already printed the error and the help hint on stderr.
      const message = err.message.replace(/^error: /, "");
      if (json) io.stdout(`${JSON.stringify({ kind: "error", code: "ERR_RLM_USAGE", message }, null, 2)}\n`);
      return EXIT_USAGE;
    }
    const e = toJobError(err);
    return printError(
      io,
      json,
      isRlmError(err) ? e : { ...e, code: e.code?.startsWith("ERR_RLM_") ? e.code : undefined },
    );
  }
}
