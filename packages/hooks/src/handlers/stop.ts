import { lstatSync } from "node:fs";
import { join } from "node:path";
import type { SessionState } from "@rlm/session-schema/core";
import { readJsonFile } from "@rlm/session-store";
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
  const now = ctx.now();
  wrapUp(ctx, id, effects, "the turn ended", str(input, "last_assistant_message"), (s) => {
    countEvent(s, ["turns"]);
    s.metadata = { ...s.metadata, ended_at: now };
  });
  ctx.store.sync(id);
  effects.push({ kind: "session_ended", sessionId: id });
  return quiet(effects);
}

/**
 * What the end of a turn does, and SessionEnd too (a session whose last turn was
 * interrupted gets no Stop): close orphans, fold the cells journal into the index
 * (durably), apply `change` to session.json (with the cell count and the trajectory's
 * path), and rewrite `trajectory.json`. Returns the state written.
 */
export function wrapUp(
  ctx: HookContext,
  id: string,
  effects: Effect[],
  when: string,
  message: string | undefined,
  change: (s: SessionState) => void,
): SessionState {
  attempt(effects, "orphans", () => {
    const closed = closeOrphans(ctx, id, `no outcome (PostToolUse, SubagentStop) arrived before ${when}`, 0);
    if (closed.length > 0) effects.push({ kind: "orphans_closed", cellIds: closed });
  });
  const cells = ctx.durableCells(id);
  const flushed = cells.flush();
  effects.push({ kind: "flushed", cells: flushed.cells });
  const byStatus: Record<string, number> = {};
  for (const c of cells.list()) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  const now = ctx.now();
  const state = ctx.store.update(id, (s) => {
    change(s);
    s.trajectory = { ...s.trajectory, export_path: "trajectory.json" };
    s.cells = { ...s.cells, count: flushed.cells };
  });
  attempt(effects, "trajectory.json", () => {
    // An event that carries no message (SessionEnd) keeps the one the last Stop recorded.
    const last =
      message === undefined ? previousMessage(ctx, id) : ctx.redact(message).slice(0, MESSAGE_PREVIEW);
    writeSessionDocument(ctx, id, "trajectory.json", summary(state, byStatus, now, last));
    effects.push({ kind: "trajectory_written", path: "trajectory.json" });
  });
  return state;
}

function summary(
  state: SessionState,
  cells: Record<string, number>,
  now: number,
  lastMessage: string | null,
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
    last_assistant_message: lastMessage,
  };
}

/** `last_assistant_message` of the trajectory.json written before (already redacted), or null. */
function previousMessage(ctx: HookContext, id: string): string | null {
  try {
    const path = join(ctx.store.sessionDir(id), "trajectory.json");
    if (lstatSync(path).isSymbolicLink()) return null; // never read through a planted link
    const before = readJsonFile(path) as { last_assistant_message?: unknown } | null;
    return typeof before?.last_assistant_message === "string" ? before.last_assistant_message : null;
  } catch {
    return null; // none yet, or unreadable: it is rewritten whole now
  }
}
