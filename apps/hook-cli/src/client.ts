// rlm-hook.cjs: the process Claude Code starts for every hook event. It loads only
// node:fs, node:path and node:os, hands the event to the resident helper of the sessions
// root (which records it with warm code and answers with what to print), and prints the
// answer. No helper, a helper of another build, a full queue or no answer in time: the
// event is recorded right here by the same code (rlm-hook-core.cjs), and a helper is
// started for the next events. Every way out exits 0 (see docs/decisions.md §25).
import { fstatSync, writeSync } from "node:fs";
import { join } from "node:path";
import { writeOut } from "@rlm/resident-helper/client";
import { askHelper, msFrom } from "./client-ask.js";
import { startHookHelper } from "./client-start.js";
import { BACKOFF_MS, CORE_FILE, resolveRoot, SERVE_FLAG } from "./helper-protocol.js";
import { readStdin } from "./read-stdin.js";

interface Core {
  main(argv: string[], stdin?: Buffer): boolean;
  serveHelper(root: string): void;
  logHookError(root: string, entry: { event?: string; code?: string; message: string }): void;
}

const CORE = join(__dirname, CORE_FILE);
/** The core, or (a broken install: the file missing or unreadable) say so on stderr and exit 0. */
function loadCore(): Core {
  try {
    return require(CORE) as Core;
  } catch (err) {
    writeSync(2, `rlm-hook: cannot load ${CORE}: ${(err as Error).message}; the event is not recorded\n`);
    process.exit(0);
  }
}

function main(argv: string[]): void {
  if (argv[0] === SERVE_FLAG && argv[1] !== undefined) {
    loadCore().serveHelper(argv[1]);
    return;
  }
  const inProcess = () => {
    loadCore().main(argv);
  };
  let explicitRoot: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--sessions-dir" && argv[i + 1] !== undefined) explicitRoot = argv[++i];
    else if (a.startsWith("--sessions-dir=")) explicitRoot = a.slice("--sessions-dir=".length);
    else {
      inProcess(); // --json, --explain, --help, --version, a usage error
      return;
    }
  }
  const env = process.env;
  if (env.RLM_REPL_NESTED === "1") return; // a model call of rlm-repl: not the user's session
  if (fstatSync(0).isCharacterDevice() || process.platform === "win32" || env.RLM_HOOK_HELPER === "0") {
    inProcess();
    return;
  }
  const bytes = readStdin();
  const root = resolveRoot(explicitRoot, env);
  const outcome = askHelper(root, bytes, env, CORE);
  // RLM_HOOK_TRACE=1: which way the event went, on stderr (Claude Code's debug log)
  if (env.RLM_HOOK_TRACE === "1")
    writeSync(
      2,
      `rlm-hook: ${outcome.kind === "answered" ? "recorded by the helper" : `${outcome.kind}${"why" in outcome ? ` (${outcome.why})` : ""}`}\n`,
    );
  if (outcome.kind === "answered") {
    if (outcome.reply.stdout === "") return;
    try {
      writeOut(1, outcome.reply.stdout);
    } catch (err) {
      loadCore().logHookError(root, {
        ...(outcome.reply.event === null ? {} : { event: outcome.reply.event }),
        code: (err as NodeJS.ErrnoException).code ?? "ERR_UNEXPECTED",
        message: `stdout could not be written: ${(err as Error).message}`,
      });
    }
    return;
  }
  const core = loadCore();
  if (outcome.kind === "declined" && outcome.log === true)
    core.logHookError(root, {
      code: "ERR_RLM_HELPER",
      message: `the resident helper did not take the event (${outcome.why}): recorded in-process; clients leave it alone for ${msFrom(env.RLM_HOOK_HELPER_BACKOFF_MS, BACKOFF_MS)} ms`,
    });
  if (outcome.kind === "lost") {
    core.logHookError(root, {
      code: "ERR_RLM_HELPER",
      message: `the resident helper took the event and did not answer (${outcome.why}); it may not be recorded`,
    });
    return;
  }
  const recorded = core.main(argv, bytes);
  if (recorded && (outcome.kind === "absent" || outcome.why === "stale")) startHookHelper(root, __filename);
}

main(process.argv.slice(2));
