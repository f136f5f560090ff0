import type { SessionState } from "@rlm/session-schema/core";
import type { HookContext } from "../context.js";
import { type HookInput, str } from "../hook-input.js";
import { attempt, type Effect, type HookResult, quiet } from "../hook-result.js";
import { closeOrphans } from "../orphans.js";
import { countEvent, ensureSession, type TrajectoryCounters } from "../session.js";
import { writeSessionDocument } from "../session-files.js";

const MESSAGE_PREVIEW = 1000;

/**
 * Stop (the end of a turn): close orphaned cells, fold the cells journal into the index
 * (durably), write the trajectory summary (`trajectory.json`), set `ended_at` (cleared
 * again when the session continues), and make the session durable on disk. Never blocks
 * the stop: it prints nothing.
 */
export function stop(ctx: HookContext, input: HookInput): HookResult {
  const effects: Effect[] = [];
  ensureSession(ctx, input, effects);
  const id = input.session_id;
  attempt(effects, "orphans", () => {
    const closed = closeOrphans(ctx, id, "no PostToolUse arrived before the turn ended", 0);
    if (closed.length > 0) effects.push({ kind: "orphans_closed", cellIds: closed });
  });
  const cells = ctx.durableCells(id);
  const flushed = cells.flush();
  effects.push({ kind: "flushed", cells: flushed.cells });
  const byStatus: Record<string, number> = {};
  for (const c of cells.list()) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  const now = ctx.now();
  const message = str(input, "last_assistant_message");
  const state = ctx.store.update(id, (s) => {
    countEvent(s, ["turns"]);
    s.trajectory = { ...s.trajectory, export_path: "trajectory.json" };
    s.cells = { ...s.cells, count: flushed.cells };
    s.metadata = { ...s.metadata, ended_at: now };
  });
  attempt(effects, "trajectory.json", () => {
    writeSessionDocument(ctx, id, "trajectory.json", summary(state, byStatus, now, message, ctx));
    effects.push({ kind: "trajectory_written", path: "trajectory.json" });
  });
  ctx.store.sync(id);
  effects.push({ kind: "session_ended", sessionId: id });
  return quiet(effects);
}

function summary(
  state: SessionState,
  cells: Record<string, number>,
  now: number,
  message: string | undefined,
  ctx: HookContext,
) {
  const t = state.trajectory as SessionState["trajectory"] & TrajectoryCounters;
  return {
    session_id: state.metadata.session_id,
    updated_at: now,
    started_at: state.metadata.created_at,
    turns: t.turns ?? 0,
    prompts: t.prompts ?? 0,
    tool_calls: t.tool_calls ?? 0,
    tool_failures: t.tool_failures ?? 0,
    by_tool: t.by_tool ?? {},
    subagents: t.subagents ?? 0,
    compactions: t.compactions ?? 0,
    hook_events: t.events_count,
    cells,
    files_touched: Object.keys(state.context.files).length,
    budget: {
      total_tokens_used: state.budget.total_tokens_used,
      total_recursive_calls: state.budget.total_recursive_calls,
      cost_usd: state.budget.cost_usd,
    },
    last_assistant_message: message === undefined ? null : ctx.redact(message).slice(0, MESSAGE_PREVIEW),
  };
}
