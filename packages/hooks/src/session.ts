import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { isRlmError, type SessionState } from "@rlm/session-schema/core";
import type { FileAccessLineInput, SessionEventInput } from "@rlm/session-store";
import { ARCHIVE_DIR, ARCHIVE_SUFFIX } from "@rlm/session-store";
import type { HookContext } from "./context.js";
import { type HookInput, text } from "./hook-input.js";
import type { Effect } from "./hook-result.js";

/** The transcript path of the event when it is a path of this machine (absolute). */
export function transcriptOf(input: HookInput): string | undefined {
  const p = text(input, "transcript_path");
  return p !== undefined && isAbsolute(p) && !p.includes("\0") ? p : undefined;
}

/**
 * The event's session, created when missing: any event can come first (the plugin
 * installed mid-session, a SessionStart hook that timed out). Creation is race-safe.
 */
export function ensureSession(ctx: HookContext, input: HookInput, effects: Effect[]): void {
  if (ctx.store.exists(input.session_id)) return;
  if (restoreIfArchived(ctx, input.session_id, effects)) return;
  const cwd = text(input, "cwd");
  const transcriptPath = transcriptOf(input);
  const { created } = ctx.store.ensure(input.session_id, {
    ...(cwd === undefined ? {} : { cwd }),
    ...(transcriptPath === undefined ? {} : { transcriptPath }),
  });
  if (created) effects.push({ kind: "session_created", sessionId: input.session_id });
}

/**
 * A session that retention archived comes back when Claude Code resumes it: restored from
 * `archive/<id>.tar.gz` before anything is recorded (instead of a new, empty session under
 * the same id). True when it was restored (or another process restored it meanwhile).
 */
export function restoreIfArchived(ctx: HookContext, id: string, effects: Effect[]): boolean {
  if (ctx.store.exists(id) || !existsSync(join(ctx.store.root, ARCHIVE_DIR, `${id}${ARCHIVE_SUFFIX}`)))
    return false;
  try {
    ctx.store.restore(id);
    effects.push({ kind: "session_restored", sessionId: id });
  } catch (err) {
    if (!isRlmError(err, "ERR_RLM_SESSION_EXISTS")) throw err;
  }
  return true;
}

/** The counters hooks keep in session.json's (loose) `trajectory` section. */
export interface TrajectoryCounters {
  events_count: number;
  prompts?: number;
  tool_calls?: number;
  tool_failures?: number;
  turns?: number;
  subagents?: number;
  compactions?: number;
  starts?: number;
  by_tool?: Record<string, number>;
}

/** Count one hook event (and any named counters) in `trajectory`; a live session is reopened. */
export function countEvent(
  s: SessionState,
  counters: Array<keyof TrajectoryCounters> = [],
  tool?: string,
): void {
  const t = s.trajectory as SessionState["trajectory"] & TrajectoryCounters;
  const next: Record<string, unknown> = { ...t, events_count: (t.events_count ?? 0) + 1 };
  for (const c of counters) next[c] = ((t[c] as number | undefined) ?? 0) + 1;
  if (tool !== undefined) {
    const by = { ...(t.by_tool ?? {}) };
    // a tool named __proto__ must not become the prototype of the map
    if (tool !== "__proto__") by[tool] = (Object.hasOwn(by, tool) ? (by[tool] as number) : 0) + 1;
    next.by_tool = by;
  }
  s.trajectory = next as SessionState["trajectory"];
  if (s.metadata.ended_at !== null) s.metadata = { ...s.metadata, ended_at: null };
}

/** The events journal is folded into session.json by the hook that pushes it past this size. */
export const FOLD_EVENTS_BYTES = 256 * 1024;

/**
 * Record an event's changes to session.json through the store's events journal (O(1): one
 * append under the log lock, file-access lines included), folding the journal when it has
 * grown large. Every event counts itself and reopens an ended session.
 */
export function recordEvents(
  ctx: HookContext,
  sessionId: string,
  events: SessionEventInput[],
  counters: Record<string, number> = {},
  extra: { byTool?: string; recursiveCalls?: number; fileAccess?: FileAccessLineInput[] } = {},
): void {
  const all: SessionEventInput[] = [
    {
      type: "count",
      trajectory: { events_count: 1, ...counters },
      ...(extra.byTool === undefined || extra.byTool === "__proto__" ? {} : { byTool: extra.byTool }),
      ...(extra.recursiveCalls === undefined ? {} : { recursiveCalls: extra.recursiveCalls }),
    },
    ...events,
    { type: "reopen" },
  ];
  const size = ctx.store.appendEvents(
    sessionId,
    all,
    extra.fileAccess === undefined ? {} : { fileAccess: extra.fileAccess },
  );
  if (size > FOLD_EVENTS_BYTES) ctx.store.update(sessionId, () => {});
}

/**
 * The session's description follows Claude Code's `session_title` (SessionStart and
 * UserPromptSubmit carry it; it changes when the session is renamed or retitled): the
 * latest title wins, redacted and cut to 200 characters.
 */
export function applyTitle(ctx: HookContext, s: SessionState, input: HookInput): void {
  const title = text(input, "session_title");
  if (title === undefined || title.trim() === "") return;
  const description = ctx.redact(title).slice(0, 200);
  if (s.metadata.description !== description) s.metadata = { ...s.metadata, description };
}
