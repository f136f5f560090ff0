// rlm-repl's use of a resident helper (@rlm/resident-helper: the fifo, the queue, the
// waits): which operations it answers, its directory, its core bundle, what a request
// carries. Loaded by the short-lived client: node:fs, node:path and node:os only.

/** `<root>/.rlm-repld/`: the files of rlm-repl's helper for that sessions root. */
export const HELPER_DIR = ".rlm-repld";
/** The core bundle, beside the client. */
export const CORE_FILE = "rlm-repl-core.cjs";
/** How long clients leave a helper alone after it did not take a request in time (RLM_REPL_HELPER_BACKOFF_MS). */
export const BACKOFF_MS = 10_000;
/** A helper exits after this long without a request (RLM_REPL_HELPER_IDLE_MS overrides). */
export const HELPER_IDLE_MS = 15 * 60_000;

/**
 * The operations a helper answers: the read-only ones (nothing recorded, nothing written,
 * no model call), whose cost in a fresh process is loading what they read (a 10,000-cell
 * index, the SQLite addon and schema). Every other operation runs in the client's process.
 */
export const SERVED_OPS: ReadonlySet<string> = new Set([
  "session",
  "sessions",
  "cells",
  "cell",
  "dependency_chain",
  "dependents",
  "memory_query",
]);

/** What the served operations read of the environment besides RLM_*: the default paths under HOME. */
export const FORWARDED_ENV: readonly string[] = ["HOME"];

/** What a request carries besides the header: the client's arguments and whether its stderr is a terminal. */
export type ReplRequest = {
  argv: string[];
  stderrIsTTY: boolean;
};

/** The helper's answer: the exit code and stderr (stdout follows the reply as raw bytes). */
export interface ReplReply {
  stderr: string;
  code: number;
}

const VALUE_OPTIONS = new Set(["--op", "--args", "--session", "--sessions-dir"]);
const FLAG_OPTIONS = new Set(["--pretty", "--json"]);

/**
 * The operation and sessions root of a command line the helper could answer, or null:
 * only long options rlm-repl knows, `--op` naming a served operation, no help, version or
 * positional. (The helper parses the arguments again and refuses anything else.)
 */
export function servedCall(argv: readonly string[]): { op: string; sessionsDir: string | undefined } | null {
  let op: string | undefined;
  let sessionsDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    let value: string | undefined;
    if (VALUE_OPTIONS.has(name)) {
      value = name === a ? argv[++i] : a.slice(eq + 1);
      if (value === undefined) return null;
    } else if (!FLAG_OPTIONS.has(a)) return null;
    if (name === "--op") op = value;
    if (name === "--sessions-dir") sessionsDir = value;
  }
  return op !== undefined && SERVED_OPS.has(op) ? { op, sessionsDir } : null;
}
