import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { assertSessionId, isSessionId, type SessionState } from "@rlm/session-schema/core";
import { encodeSession } from "../codec/encode-session.js";
import { validateSession } from "../codec/validate-session.js";
import { SessionExistsError } from "../errors/session-exists-error.js";
import { foldEvents } from "../events/fold-events.js";
import { errnoCode, lstatOrNull, removeQuietly, writeNewFileSync } from "../fs-utils.js";
import { withLock } from "../lock/lock.js";
import { LOG_FILES } from "../logs/session-logs.js";
import { CELLS_DIR, CELLS_LOCK, DIR_MODE, LOGS_LOCK, REASONING_DIR, SESSION_FILE } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { dirOf, refuseSymlinkedSubdir, requireSessionDir } from "../store/session-dir.js";
import { readSessionFile } from "../store/session-file.js";

function foldedState(ctx: StoreContext, id: string, dir: string): SessionState {
  const state = readSessionFile(ctx, id, dir);
  foldEvents(dir, state);
  delete (state as Record<string, unknown>).events_folded; // the fork has its own (empty) journal
  return state;
}

import { publishStaging, stagingDir } from "./create-session.js";
import { forkCells } from "./fork-cells.js";
import { readSummary } from "./read-summary.js";

export interface ForkOptions {
  description?: string | null;
  tags?: string[];
}

function logSizes(parentDir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const rel of Object.values(LOG_FILES)) {
    try {
      sizes[rel] = statSync(join(parentDir, rel)).size;
    } catch (err) {
      if (errnoCode(err) !== "ENOENT") throw err;
      sizes[rel] = 0;
    }
  }
  return sizes;
}

/**
 * Fork a session (copy-on-write, see fork-cells.ts). The child gets its own session.json
 * (state as of the fork, `session_type: "fork"`, `parent_session_id`, `fork_point`), hard
 * links to the parent's cells, and for each log the parent's byte length at the fork
 * (`fork_point.parent_logs`; read them with `readLog(…, {inherit: true})`). The parent is
 * only read: its cells (with index and journal) under the cells lock, its log sizes under
 * the logs lock.
 */
export function forkSession(
  ctx: StoreContext,
  parentId: string,
  childId: string,
  opts: ForkOptions = {},
): SessionState {
  assertSessionId(parentId);
  assertSessionId(childId);
  const parentDir = requireSessionDir(ctx, parentId);
  // The parent's cells/ and reasoning/ are read (and locked) in place: a symlink planted
  // there would lead the fork to write a lock outside the root and import what it finds.
  for (const sub of [CELLS_DIR, REASONING_DIR]) refuseSymlinkedSubdir(parentDir, sub);
  if (childId === parentId || lstatOrNull(dirOf(ctx, childId)) !== null)
    throw new SessionExistsError(childId, ctx.root);
  const staging = stagingDir(ctx, childId);
  try {
    mkdirSync(join(staging, CELLS_DIR), { mode: DIR_MODE });
    mkdirSync(join(staging, REASONING_DIR), { mode: DIR_MODE });
    // One lock at a time (never nested), so fork cannot join a lock-order cycle with
    // delete/archive (session → logs) or with the cells package (cells → session).
    const logs = withLock(join(parentDir, LOGS_LOCK), () => logSizes(parentDir), ctx.lock);
    const { parent, shared } = withLock(
      join(parentDir, CELLS_LOCK),
      () => ({
        // the parent as it stands: its events journal applied (the fork starts folded)
        parent: foldedState(ctx, parentId, parentDir),
        shared: forkCells(parentDir, staging, childId),
      }),
      ctx.lock,
    );
    const now = ctx.clock();
    const state = validateSession({
      ...parent,
      metadata: {
        ...parent.metadata,
        session_id: childId,
        created_at: now,
        updated_at: now,
        ended_at: null,
        claude_transcript_path: null,
        parent_session_id: parentId,
        session_type: "fork",
        fork_point: {
          forked_at: now,
          parent_updated_at: parent.metadata.updated_at,
          parent_cell_count: shared,
          parent_logs: logs,
        },
        tags: opts.tags ?? parent.metadata.tags,
        description: opts.description !== undefined ? opts.description : parent.metadata.description,
      },
      cells: { ...parent.cells, count: shared },
    });
    writeNewFileSync(join(staging, SESSION_FILE), encodeSession(state).bytes);
    publishStaging(ctx, staging, childId);
    return state;
  } catch (err) {
    removeQuietly(staging);
    throw err;
  }
}

/** Ancestors of a session, nearest first. Stops at a parent that is missing, archived or unreadable. */
export function lineage(ctx: StoreContext, sessionId: string): string[] {
  const chain: string[] = [];
  const seen = new Set([sessionId]);
  let parent = readSessionFile(ctx, sessionId, requireSessionDir(ctx, sessionId)).metadata.parent_session_id;
  while (parent !== null && !seen.has(parent)) {
    chain.push(parent);
    seen.add(parent);
    if (!isSessionId(parent)) break;
    const read = readSummary(join(dirOf(ctx, parent), SESSION_FILE));
    parent = read.ok ? read.metadata.parent_session_id : null;
  }
  return chain;
}
