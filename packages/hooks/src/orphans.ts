import type { HookContext } from "./context.js";

/**
 * At SessionStart a pending cell younger than this may still get its outcome (another
 * Claude Code process resuming the same session). At Stop and SessionEnd there is no grace:
 * Claude Code has awaited every PostToolUse hook of the turn before it stops.
 */
export const ORPHAN_GRACE_S = 5;

/**
 * Close the session's orphans: cells still `pending` whose outcome can no longer come (a
 * PreToolUse whose PostToolUse never arrived, a subagent that never stopped). Each is
 * closed as `error` with `reason`, and only if its file still says pending (a result that
 * landed meanwhile is never overwritten). Returns the ids closed.
 */
export function closeOrphans(
  ctx: HookContext,
  sessionId: string,
  reason: string,
  graceS = ORPHAN_GRACE_S,
): string[] {
  const cells = ctx.durableCells(sessionId);
  const cutoff = ctx.now() - graceS;
  const closed: string[] = [];
  for (const s of cells.list({ status: "pending" })) {
    if (s.createdAt > cutoff) continue;
    const done = cells.completeIfPending(s.cellId, {
      error: `orphaned: ${reason}`,
      reason: `orphaned: ${reason}`,
    });
    if (done !== null) closed.push(s.cellId);
  }
  return closed;
}
