import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CellStore } from "@rlm/cells";
import type { Cell, SessionState } from "@rlm/session-schema/core";
import { linkAfterClearEnd } from "../clear-lineage.js";
import type { HookContext } from "../context.js";
import { type HookInput, text } from "../hook-input.js";
import { attempt, type Effect, type HookResult, quiet } from "../hook-result.js";
import { countEvent } from "../session.js";
import { writeSessionDocument } from "../session-files.js";
import { wrapUp } from "./stop.js";

/**
 * Closing orphans needs the cell index in memory: done here only when it is small enough to
 * load well inside the 1.5 s budget (~30,000 cells); otherwise the next SessionStart does it.
 */
const ORPHAN_SWEEP_MAX_INDEX_BYTES = 8 << 20;

function cellIndexBytes(ctx: HookContext, id: string): number {
  const dir = join(ctx.store.sessionDir(id), "cells");
  let total = 0;
  for (const f of ["index.json", "index.journal.jsonl"])
    total += statSync(join(dir, f), { throwIfNoEntry: false })?.size ?? 0;
  return total;
}

/** Sessions larger than this are not archived by SessionEnd (see archiveOld). */
const ARCHIVE_MAX_BYTES = 16 << 20;

/** Whether the files under `dir` add up to less than `cap` bytes; stops counting at the cap. */
function smallerThan(dir: string, cap: number): boolean {
  let total = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop() as string;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) total += statSync(p).size;
      if (total >= cap) return false;
    }
  }
  return true;
}

/** Claude Code gives every SessionEnd hook 1.5 s in total: no new archive starts after this. */
const ARCHIVE_DEADLINE_MS = 600;
const CONTENT_PREVIEW = 2000;

/**
 * SessionEnd: `ended_at`; `memory-snapshot.json` (the cells of this session promoted to
 * the memory database, read from the cells themselves — no database access here); and,
 * when the config asks for it (`sessions.archive_after_days`), the archiving of ended
 * sessions that old — at most one per call, within a deadline. Never creates a session.
 */
export function sessionEnd(ctx: HookContext, input: HookInput, startedMs = Date.now()): HookResult {
  const id = input.session_id;
  if (!ctx.store.exists(id))
    return quiet([{ kind: "ignored", reason: "SessionEnd for a session that does not exist" }]);
  const effects: Effect[] = [];
  const now = ctx.now();
  const reason = text(input, "reason") ?? "other";
  const end = (s: SessionState) => {
    countEvent(s);
    // `session_ended_at` = `ended_at` marks an end by SessionEnd: retention archives only
    // those (a Stop between turns moves ended_at on, a later event clears it)
    s.metadata = { ...s.metadata, ended_at: now, session_ended_at: now };
    s.trajectory = { ...s.trajectory, end_reason: reason };
  };
  // What Stop does (the last turn may have been interrupted: no Stop came), when the index
  // is small enough to load inside the 1.5 s budget; otherwise only the end is recorded and
  // the next SessionStart of the session closes its orphans.
  if (cellIndexBytes(ctx, id) <= ORPHAN_SWEEP_MAX_INDEX_BYTES)
    wrapUp(ctx, id, effects, "the session ended", undefined, end);
  else ctx.store.update(id, end);
  effects.push({ kind: "session_ended", sessionId: id });
  if (reason === "clear") attempt(effects, "clear lineage", () => linkAfterClearEnd(ctx, id, effects));
  const cells = ctx.durableCells(id);
  writeSessionDocument(ctx, id, "memory-snapshot.json", memorySnapshot(id, cells, now));
  effects.push({ kind: "memory_snapshot_written", path: "memory-snapshot.json" });
  ctx.store.sync(id);
  const archived = archiveOld(ctx, id, now, startedMs);
  if (archived.length > 0) effects.push({ kind: "archived", sessionIds: archived });
  return quiet(effects);
}

function memorySnapshot(sessionId: string, cells: CellStore, now: number) {
  const nodes = [];
  for (const cellId of cells.promoted()) {
    let cell: Cell;
    try {
      cell = cells.getStored(cellId);
    } catch {
      continue;
    }
    const md = cell.metadata as Cell["metadata"] & Record<string, unknown>;
    nodes.push({
      cell_id: cellId,
      node_id: typeof md.memory_node_id === "string" ? md.memory_node_id : null,
      memory_type: typeof md.memory_type === "string" ? md.memory_type : null,
      confidence: typeof md.confidence === "number" ? md.confidence : null,
      cell_type: cell.type,
      cell_status: cell.status,
      operation: cell.input.operation,
      content: preview(cell.output.result),
      tier: "task",
      provenance: `cell:${cellId}`,
    });
  }
  return { session_id: sessionId, written_at: now, count: nodes.length, nodes };
}

function preview(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > CONTENT_PREVIEW ? `${s.slice(0, CONTENT_PREVIEW)}…` : s;
}

/** Whether the session's end was a SessionEnd (not a Stop between turns of a live session). */
function endedBySessionEnd(ctx: HookContext, id: string): boolean {
  try {
    const md = ctx.store.load(id).metadata as Record<string, unknown>;
    return md.ended_at !== null && md.session_ended_at === md.ended_at;
  } catch {
    return false;
  }
}

/** Archive ended sessions older than the retention setting: the oldest first, one per call, within the deadline. */
function archiveOld(ctx: HookContext, current: string, now: number, startedMs: number): string[] {
  const days = ctx.config.archive_after_days;
  if (days === null) return [];
  const cutoff = now - days * 86_400;
  const keep = new Set([current, ctx.store.getCurrent()]);
  const candidates = ctx.store
    .list({ live: false })
    .sessions.filter(
      (s) => !keep.has(s.session_id) && (s.ended_at ?? now) < cutoff && endedBySessionEnd(ctx, s.session_id),
    )
    .sort((a, b) => (a.ended_at ?? 0) - (b.ended_at ?? 0));
  const done: string[] = [];
  for (const s of candidates) {
    if (done.length >= 1 || Date.now() - startedMs > ARCHIVE_DEADLINE_MS) break;
    // compressing a big session would not finish inside the budget (and would be killed,
    // harmlessly, every time): those wait for `rlm-repl` / an explicit archive
    if (!smallerThan(ctx.store.sessionDir(s.session_id), ARCHIVE_MAX_BYTES)) continue;
    ctx.store.archive(s.session_id);
    done.push(s.session_id);
  }
  return done;
}
