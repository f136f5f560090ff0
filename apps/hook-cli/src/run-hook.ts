import { createHookContext, type Effect, type HookResult, handleHookEvent, parseHookInput } from "@rlm/hooks";
import { resolveSessionsRoot } from "@rlm/session-store";
import { type LoggedError, logHookError } from "./error-log.js";
import { decodeUtf8 } from "./read-stdin.js";

export interface RunHookOptions {
  env?: NodeJS.ProcessEnv;
  /** --sessions-dir; else $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions. */
  root?: string;
}

export interface HookRun {
  /** What to print on stdout for Claude Code: "" or exactly one JSON object. */
  stdout: string;
  event: string | null;
  result: HookResult | null;
  /** What went wrong (also logged to <root>/hook-errors.log); null on success. */
  error: LoggedError | null;
}

/** Claude Code gives all SessionEnd hooks 1.5 s together: wait for a lock at most this long then. */
const SESSION_END_LOCK_MS = 800;
/**
 * The plugin gives these events 5 s (hooks.json; a UserPromptSubmit hook holds the user's
 * prompt): a lock wait must end, and be logged, well before Claude Code kills the hook.
 */
const SHORT_EVENTS = new Set(["UserPromptSubmit", "SubagentStart"]);
const SHORT_EVENT_LOCK_MS = 3_000;

/**
 * One hook event, fail-open: whatever happens (empty or invalid stdin, a hostile id, a
 * corrupt session, a full disk) it returns normally, logs the problem, and the process
 * exits 0 with nothing on stdout. Only a handler's deliberate output is ever printed.
 */
export function runHook(bytes: Buffer, options: RunHookOptions = {}): HookRun {
  const env = options.env ?? process.env;
  // A `claude -p` started by rlm-repl for a model call (RLM_REPL_NESTED=1) is not a session
  // of the user's: recording it would create a session and move `current`.
  if (env.RLM_REPL_NESTED === "1") return { stdout: "", event: null, result: null, error: null };
  const root = resolveSessionsRoot(options.root, env);
  const fail = (error: LoggedError, event: string | null = null): HookRun => {
    logHookError(root, error);
    return { stdout: "", event, result: null, error };
  };
  const decoded = decodeUtf8(bytes);
  const invalid = decoded.invalid;
  // a UTF-8 byte order mark is not part of the JSON
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === "")
    return fail({ code: "ERR_RLM_VALIDATION", message: "empty stdin: nothing to record" });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail({
      code: "ERR_RLM_VALIDATION",
      message: `stdin is not JSON (${bytes.length} bytes): ${(err as Error).message}`,
    });
  }
  const parsed = parseHookInput(value);
  if (!parsed.ok) {
    const event = (value as { hook_event_name?: unknown } | null)?.hook_event_name;
    return fail(
      { code: "ERR_RLM_VALIDATION", message: parsed.reason },
      typeof event === "string" ? event : null,
    );
  }
  const input = parsed.input;
  const where = { event: input.hook_event_name, session_id: input.session_id };
  if (invalid)
    logHookError(root, {
      ...where,
      code: "ERR_RLM_VALIDATION",
      message: "stdin was not valid UTF-8: invalid bytes were replaced by U+FFFD and the event recorded",
    });
  try {
    const ctx = createHookContext({
      root,
      env,
      ...(input.hook_event_name === "SessionEnd"
        ? { lockTimeoutMs: SESSION_END_LOCK_MS }
        : SHORT_EVENTS.has(input.hook_event_name)
          ? { lockTimeoutMs: SHORT_EVENT_LOCK_MS }
          : {}),
    });
    const result = handleHookEvent(ctx, input);
    // A no-op is logged (an event wired by mistake, a FileChanged without a path), and so is
    // a step that failed while the rest of the event was recorded (CLAUDE_ENV_FILE,
    // trajectory.json, the orphan sweep, an unreadable config): never silent.
    for (const e of result.effects)
      if (e.kind === "ignored")
        logHookError(root, { ...where, code: "ERR_RLM_USAGE", message: `ignored: ${e.reason}` });
      else if (e.kind === "warning")
        logHookError(root, { ...where, code: e.code, message: `${e.step}: ${e.message}` });
    return {
      stdout: result.output === null ? "" : JSON.stringify(result.output),
      event: input.hook_event_name,
      result,
      error: null,
    };
  } catch (err) {
    const e = err as Error & { code?: unknown };
    return fail(
      {
        ...where,
        code: typeof e.code === "string" ? e.code : "ERR_UNEXPECTED",
        message: e.message ?? String(err),
        ...(typeof e.code === "string" && e.code.startsWith("ERR_RLM_") ? {} : { stack: e.stack }),
      },
      input.hook_event_name,
    );
  }
}

/** One readable line per effect (`--explain`). */
export function describeEffects(effects: readonly Effect[]): string[] {
  return effects.map((e) => {
    const { kind, ...rest } = e;
    const details = Object.entries(rest)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : String(v)}`)
      .join(" ");
    return details === "" ? kind : `${kind}: ${details}`;
  });
}
