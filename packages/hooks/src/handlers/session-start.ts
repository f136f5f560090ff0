import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { linkAfterClearStart } from "../clear-lineage.js";
import { ensureConfig } from "../config.js";
import type { HookContext } from "../context.js";
import { appendEnvFile } from "../env-file.js";
import { type HookInput, text } from "../hook-input.js";
import { attempt, type Effect, type HookResult, quiet } from "../hook-result.js";
import { closeOrphans } from "../orphans.js";
import { applyTitle, countEvent, restoreIfArchived, transcriptOf } from "../session.js";

/**
 * SessionStart (startup / resume / clear / compact / fork; it can fire twice): create or
 * resume the session directory, point `current` at it, link the transcript, create the
 * default config when missing, export RLM_SESSION_ID / RLM_SESSION_DIR through
 * CLAUDE_ENV_FILE, sweep crash debris, and close the cells an earlier run left pending.
 * A resumed session returns `watchPaths`: the files its cells read (see below).
 */
export function sessionStart(ctx: HookContext, input: HookInput): HookResult {
  const effects: Effect[] = [];
  const id = input.session_id;
  const source = text(input, "source") ?? "startup";
  const cwd = text(input, "cwd");
  const transcriptPath = transcriptOf(input);
  restoreIfArchived(ctx, id, effects);
  // Read before this session takes the `current` link: the session a /clear ended.
  const before = source === "clear" ? currentOrNull(ctx) : null;
  const { created } = ctx.store.ensure(id, {
    ...(cwd === undefined ? {} : { cwd }),
    ...(transcriptPath === undefined ? {} : { transcriptPath }),
  });
  effects.push({ kind: created ? "session_created" : "session_resumed", sessionId: id });
  const state = ctx.store.update(id, (s) => {
    countEvent(s, ["starts"]);
    if (s.metadata.cwd === null && cwd !== undefined) s.metadata = { ...s.metadata, cwd };
    const model = text(input, "model");
    if (model !== undefined) s.context.working_memory = { ...s.context.working_memory, model };
    applyTitle(ctx, s, input);
    if (created && (source === "clear" || source === "fork")) {
      // What started it. Claude Code does not say which session a /clear or a fork came
      // from: a /clear is linked to its parent from evidence (clear-lineage.ts); a fork
      // only keeps the tag.
      const tag = `claude-code:${source}`;
      if (!s.metadata.tags.includes(tag)) s.metadata = { ...s.metadata, tags: [...s.metadata.tags, tag] };
    }
  });
  if (created && source === "clear")
    attempt(effects, "clear lineage", () => linkAfterClearStart(ctx, state, before, effects));
  // Each step below stands alone: one that fails (a regular file where a link should be,
  // an unwritable env file) is reported, and the others still run.
  attempt(effects, "current link", () => {
    ctx.store.setCurrent(id);
    effects.push({ kind: "current_linked", target: id });
  });
  if (transcriptPath !== undefined && !created)
    attempt(effects, "transcript link", () => {
      ctx.store.linkTranscript(id, transcriptPath);
      effects.push({ kind: "transcript_linked", target: transcriptPath });
    });
  const problem = (ctx.config as { problem?: string }).problem;
  if (problem !== undefined)
    effects.push({ kind: "warning", step: "config", code: "ERR_RLM_CORRUPT_FILE", message: problem });
  attempt(effects, "config", () => {
    if (ensureConfig(ctx.configPath)) effects.push({ kind: "config_created", path: ctx.configPath });
  });
  attempt(effects, "CLAUDE_ENV_FILE", () => {
    const env = appendEnvFile(ctx.env, { RLM_SESSION_ID: id, RLM_SESSION_DIR: ctx.store.sessionDir(id) });
    if (env !== null) effects.push({ kind: "env_file", ...env });
  });
  attempt(effects, "sweep", () => {
    const { removed } = ctx.store.sweep();
    if (removed.length > 0) effects.push({ kind: "swept", removed: removed.length });
  });
  if (!created)
    attempt(effects, "orphans", () => {
      const closed = closeOrphans(
        ctx,
        id,
        `no outcome (PostToolUse, SubagentStop) arrived before the session started again (${source})`,
      );
      if (closed.length > 0) effects.push({ kind: "orphans_closed", cellIds: closed });
    });
  const watch = created ? [] : watchPathsOf(Object.keys(state.context.files));
  if (watch.length === 0) return quiet(effects);
  // A resumed session asks Claude Code to watch the files its cells read, so that an edit
  // outside Claude Code reaches FileChanged (and invalidates them). Not context: nothing
  // reaches the model.
  return { output: { hookSpecificOutput: { hookEventName: "SessionStart", watchPaths: watch } }, effects };
}

/** The session `current` names (null when none or unreadable). */
function currentOrNull(ctx: HookContext): string | null {
  try {
    return ctx.store.getCurrent();
  } catch {
    return null;
  }
}

/** At most this many files are watched for a resumed session (the most recently recorded). */
export const MAX_WATCH_PATHS = 500;

function watchPathsOf(files: string[]): string[] {
  return files.filter((f) => isAbsolute(f) && existsSync(f)).slice(-MAX_WATCH_PATHS);
}
