import type { SessionState } from "@rlm/session-schema/core";
import type { HookContext } from "./context.js";
import type { Effect } from "./hook-result.js";

// `/clear` ends one session (SessionEnd, reason "clear") and starts another (SessionStart,
// source "clear") in the same terminal; Claude Code names neither in the other's payload,
// and runs the two hooks as separate processes, in either order. Whichever runs second
// links them (`parent_session_id` of the new session), from evidence both sides leave:
// the ended session says `end_reason: "clear"`, the new one carries the `claude-code:clear`
// tag and no parent, both in the same project, within WINDOW_S. The candidate is the
// session the `current` link names (the end side: the session just started; the start
// side: the one current before it). A `/clear` in another terminal of the same project
// in the same seconds can still pair them wrongly; anything else links nothing.

export const CLEAR_TAG = "claude-code:clear";
const WINDOW_S = 60;

/** The ended side of a /clear: `s` ended with reason clear, recently, in `cwd`. */
function clearedRecently(s: SessionState, cwd: string | null, now: number): boolean {
  const ended = s.metadata.session_ended_at;
  return (
    s.trajectory.end_reason === "clear" &&
    typeof ended === "number" &&
    now - ended <= WINDOW_S &&
    cwd !== null &&
    s.metadata.cwd === cwd
  );
}

/** The started side of a /clear: `s` started by /clear, recently, in `cwd`, without a parent yet. */
function startedByClear(s: SessionState, cwd: string | null, now: number): boolean {
  return (
    s.metadata.tags.includes(CLEAR_TAG) &&
    s.metadata.parent_session_id === null &&
    now - s.metadata.created_at <= WINDOW_S &&
    cwd !== null &&
    s.metadata.cwd === cwd
  );
}

function link(ctx: HookContext, child: string, parent: string, effects: Effect[]): void {
  let linked = false;
  ctx.store.update(child, (s) => {
    if (s.metadata.parent_session_id !== null) return;
    s.metadata = { ...s.metadata, parent_session_id: parent };
    linked = true;
  });
  if (linked) effects.push({ kind: "parent_linked", parent, child, source: "clear" });
}

/** SessionStart (source clear) of `me` (its state as just saved), with `previous` the session `current` named before it. */
export function linkAfterClearStart(
  ctx: HookContext,
  me: SessionState,
  previous: string | null,
  effects: Effect[],
): void {
  const id = me.metadata.session_id;
  if (previous === null || previous === id || !ctx.store.exists(previous)) return;
  if (!startedByClear(me, me.metadata.cwd, ctx.now())) return;
  if (clearedRecently(ctx.store.load(previous), me.metadata.cwd, ctx.now())) link(ctx, id, previous, effects);
}

/** SessionEnd (reason clear) of `id`: the session started by the /clear may already be current. */
export function linkAfterClearEnd(ctx: HookContext, id: string, effects: Effect[]): void {
  const current = ctx.store.getCurrent();
  if (current === null || current === id || !ctx.store.exists(current)) return;
  const ended = ctx.store.load(id);
  if (!clearedRecently(ended, ended.metadata.cwd, ctx.now())) return;
  if (startedByClear(ctx.store.load(current), ended.metadata.cwd, ctx.now())) link(ctx, current, id, effects);
}
