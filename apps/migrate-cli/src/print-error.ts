import { EXIT_FAILED, EXIT_USAGE } from "./exit-codes.js";
import type { CliIO } from "./io.js";
import type { JobError } from "./job/job.js";

/**
 * Print an error once (stderr; with --json also one `{kind: "error"}` object on stdout) and
 * return its exit code: `ERR_RLM_USAGE` → 2, anything else → 1. Coded errors and system
 * errors (which name their path) print no stack; unexpected ones do.
 */
export function printError(io: CliIO, json: boolean, e: JobError): number {
  const coded = typeof e.code === "string" && e.code.startsWith("ERR_RLM_");
  const code = coded ? e.code! : "ERR_UNEXPECTED";
  if (json) {
    io.stdout(`${JSON.stringify({ kind: "error", code, message: e.message, hint: e.hint }, null, 2)}\n`);
  }
  io.stderr(`rlm-migrate: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ""}`);
  if (!coded && e.syscall === undefined && e.stack) io.stderr(`${e.stack}\n`);
  return code === "ERR_RLM_USAGE" ? EXIT_USAGE : EXIT_FAILED;
}
