import { isRlmError } from "@rlm/session-schema";
import { CommanderError } from "commander";
import pkg from "../package.json" with { type: "json" };
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import { type CliIO, processIO } from "./io.js";
import { buildProgram } from "./program.js";

/**
 * Run rlm-migrate with `argv` (without node and the script). The one error boundary:
 * commander and usage errors → 2, any other error → 1, each printed once.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = EXIT_OK;
  const json = argv.includes("--json");
  try {
    await buildProgram(io, (c) => (exitCode = c), pkg.version).parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT_OK;
      // commander has already printed the error and the help hint on stderr.
      const message = err.message.replace(/^error: /, "");
      if (json) io.stdout(`${JSON.stringify({ kind: "error", code: "ERR_RLM_USAGE", message }, null, 2)}\n`);
      return EXIT_USAGE;
    }
    const usage = isRlmError(err, "ERR_RLM_USAGE");
    const code = isRlmError(err) ? err.code : "ERR_UNEXPECTED";
    const message = (err as Error)?.message ?? String(err);
    const hint = isRlmError(err) ? err.hint : undefined;
    if (json) io.stdout(`${JSON.stringify({ kind: "error", code, message, hint }, null, 2)}\n`);
    io.stderr(`rlm-migrate: ${message}\n${hint ? `hint: ${hint}\n` : ""}`);
    // A system error (EACCES, ENOSPC, …) names its path in the message: no stack needed.
    const system = typeof (err as NodeJS.ErrnoException)?.syscall === "string";
    if (!usage && !isRlmError(err) && !system) io.stderr(`${(err as Error)?.stack ?? ""}\n`);
    return usage ? EXIT_USAGE : EXIT_FAILED;
  }
}
