import { fstatSync, readFileSync } from "node:fs";
import { HANDLED_EVENTS } from "@rlm/hooks";
import { writeOut } from "@rlm/resident-helper/client";
import { resolveSessionsRoot } from "@rlm/session-store";
import { logHookError } from "./error-log.js";
import { readStdin } from "./read-stdin.js";
import { describeEffects, runHook } from "./run-hook.js";

declare const __RLM_HOOK_VERSION__: string | undefined;

const HELP = `rlm-hook — records an RLM session from Claude Code hook events

Usage: rlm-hook [--sessions-dir DIR] [--json | --explain]   < hook-payload.json

Claude Code runs it for every event in the plugin's hooks/hooks.json and writes the event
as one JSON object on stdin. It prints nothing (or exactly one JSON object for Claude Code)
and always exits 0: a failure is written to <sessions dir>/hook-errors.log, never shown to
the model, and never blocks a tool. Handled events: ${HANDLED_EVENTS.join(", ")}.

Options:
  --sessions-dir DIR  sessions root (default: $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions)
  --json              print {"event","output","effects","error"} instead (for scripts, debugging)
  --explain           print what the event did, one line per effect (for people)
  --version, --help

Exit codes: 0 always for events (even on internal errors, which are logged); 1 for a usage
error of this command line. Never 2 (that would block the tool call in Claude Code).
Example: echo '{"session_id":"s1","hook_event_name":"UserPromptSubmit","prompt":"hi"}' | rlm-hook --explain
`;

function version(): string {
  if (typeof __RLM_HOOK_VERSION__ === "string") return __RLM_HOOK_VERSION__;
  try {
    return (
      JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
    ).version;
  } catch {
    return "unknown";
  }
}

function usage(message: string): never {
  writeOut(2, `rlm-hook: ${message}\nRun rlm-hook --help for usage.\n`);
  process.exit(1);
}

/**
 * The whole command, in this process. `stdin` is the event when the client already read it
 * (then the helper was absent or declined); otherwise stdin is read here. True when an
 * event was recorded (the client then starts a helper: never for input that is no event).
 */
export function main(argv: string[], stdin?: Buffer): boolean {
  let mode: "hook" | "json" | "explain" = "hook";
  let root: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--help" || a === "-h") {
      writeOut(1, HELP);
      return false;
    }
    if (a === "--version" || a === "-v") {
      writeOut(1, `${version()}\n`);
      return false;
    }
    if (a === "--json" || a === "--explain") {
      const want = a === "--json" ? "json" : "explain";
      if (mode !== "hook" && mode !== want) usage("--json and --explain cannot be used together");
      mode = want;
    } else if (a === "--sessions-dir") root = argv[++i] ?? usage("--sessions-dir needs a directory");
    else if (a.startsWith("--sessions-dir=")) root = a.slice("--sessions-dir=".length);
    else usage(`unknown argument ${JSON.stringify(a)}`);
  }
  // (process.stdin would load the stream machinery: ~5 ms a hook must not pay; fstat is enough)
  if (stdin === undefined && fstatSync(0).isCharacterDevice())
    writeOut(2, "rlm-hook: reading one hook event (JSON) on stdin; end it with Ctrl-D (see --help)\n");
  const run = runHook(stdin ?? readStdin(), root === undefined ? {} : { root });
  if (mode === "json")
    writeOut(
      1,
      `${JSON.stringify({ event: run.event, output: run.result?.output ?? null, effects: run.result?.effects ?? [], error: run.error })}\n`,
    );
  else if (mode === "explain") {
    const lines =
      run.error !== null
        ? [`error: ${run.error.code}: ${run.error.message}`]
        : describeEffects(run.result?.effects ?? []);
    writeOut(1, `${run.event ?? "(no event)"}\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
  } else if (run.stdout !== "") {
    // Claude Code reads stdout; if it cannot be written (closed, full), the event is still
    // recorded and the hook still exits 0
    try {
      writeOut(1, run.stdout);
    } catch (err) {
      logHookError(resolveSessionsRoot(root), {
        event: run.event ?? undefined,
        code: (err as NodeJS.ErrnoException).code ?? "ERR_UNEXPECTED",
        message: `stdout could not be written: ${(err as Error).message}`,
      });
    }
  }
  return run.error === null && (run.result?.effects.some((e) => e.kind !== "ignored") ?? false);
}

export { logHookError } from "./error-log.js";
export { serveHelper } from "./helper.js";
