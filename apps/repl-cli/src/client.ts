// rlm-repl.cjs: what the orchestrator (through Bash) and users start for every operation.
// A read-only operation (helper-protocol.ts SERVED_OPS) is handed to the resident helper
// of the sessions root, which answers from warm code and the cell indexes it keeps
// loaded; this file loads only node:fs, node:path and node:os on that way. Everything else,
// and any time the helper cannot answer (none yet, another build, busy, too slow), runs
// right here through the same code (rlm-repl-core.cjs). See docs/decisions.md §26.
import { fstatSync, writeSync } from "node:fs";
import { join } from "node:path";
import {
  ask,
  forwardedEnv,
  msFrom,
  resolveRoot,
  SERVE_FLAG,
  startHelper,
  writeOut,
} from "@rlm/resident-helper/client";
import {
  BACKOFF_MS,
  CORE_FILE,
  FORWARDED_ENV,
  HELPER_DIR,
  type ReplReply,
  type ReplRequest,
  servedCall,
} from "./helper-protocol.js";

interface Core {
  /** Run the command line in this process; resolves to the exit code (stdout not yet flushed). */
  main(argv: string[]): Promise<number>;
  serveHelper(root: string): void;
}

const CORE = join(__dirname, CORE_FILE);
/** At most this many requests wait for the helper (RLM_REPL_HELPER_QUEUE overrides); more run here. */
const MAX_QUEUE = 3;

function loadCore(): Core {
  try {
    return require(CORE) as Core;
  } catch (err) {
    writeSync(
      2,
      `rlm-repl: cannot load ${CORE}: ${(err as Error).message} (a broken install: reinstall the plugin)\n`,
    );
    process.exit(1);
  }
}

function main(argv: string[]): void {
  if (argv[0] === SERVE_FLAG && argv[1] !== undefined) {
    loadCore().serveHelper(argv[1]);
    return;
  }
  const env = process.env;
  const call = servedCall(argv);
  if (call === null || process.platform === "win32" || env.RLM_REPL_HELPER === "0") {
    runHere(argv);
    return;
  }
  const root = resolveRoot(call.sessionsDir, env);
  const dir = join(root, HELPER_DIR);
  const extra: ReplRequest = { argv, stderrIsTTY: isTerminal(2) };
  const outcome = ask<ReplReply>({
    dir,
    root,
    corePath: CORE,
    env: forwardedEnv(env, FORWARDED_ENV),
    body: Buffer.alloc(0),
    extra,
    maxQueue: msFrom(env.RLM_REPL_HELPER_QUEUE, MAX_QUEUE),
    backoffMs: msFrom(env.RLM_REPL_HELPER_BACKOFF_MS, BACKOFF_MS),
    // Read-only: an answer not on its way in time is simply worked out here instead.
    unclaimedMs: msFrom(env.RLM_REPL_HELPER_WAIT_MS, 500),
    claimedMs: 5_000,
  });
  // RLM_REPL_TRACE=1: which way the operation went, on stderr
  if (env.RLM_REPL_TRACE === "1")
    writeSync(
      2,
      `rlm-repl: ${outcome.kind === "answered" ? "answered by the helper" : `${outcome.kind}${"why" in outcome ? ` (${outcome.why})` : ""}`}\n`,
    );
  if (outcome.kind === "answered") {
    const { stderr, code } = outcome.reply;
    process.exitCode = code;
    try {
      if (outcome.tail.length > 0) writeOut(1, outcome.tail);
      if (stderr !== "") writeOut(2, stderr);
    } catch {
      // EPIPE (the reader went away): nothing more to say to it
    }
    return;
  }
  runHere(argv, () => {
    // none yet (or it gave way to this newer build): start one for the next operations,
    // with only what the served operations read of the environment, and PATH (mkfifo)
    if (outcome.kind === "absent" || outcome.why === "stale")
      startHelper(dir, root, __filename, {
        ...forwardedEnv(env, FORWARDED_ENV),
        ...(env.PATH === undefined ? {} : { PATH: env.PATH }),
      });
  });
}

/** The operation in this process; then `after`, and exit once stdout is flushed. */
function runHere(argv: string[], after?: () => void): void {
  loadCore()
    .main(argv)
    .then((code) => {
      after?.();
      process.exitCode = code;
      process.stdout.write("", () => process.exit(code));
    });
}

/** Is `fd` a terminal (without loading node:tty): a character device other than /dev/null & co (major 1). */
function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    return st.isCharacterDevice() && Math.floor(st.rdev / 256) % 4096 !== 1;
  } catch {
    return false;
  }
}

main(process.argv.slice(2));
