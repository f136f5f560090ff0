import { join } from "node:path";
import { assertSessionId, type SessionState } from "@rlm/session-schema/core";
import { EVENTS_LOG, resetEvents } from "../events/events-file.js";
import { foldEvents } from "../events/fold-events.js";
import { withLock } from "../lock/lock.js";
import { LOGS_LOCK } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { withSessionLock } from "../store/session-dir.js";
import { checkReplaceable, readSessionFile, writeSessionFile } from "../store/session-file.js";

export interface SaveOptions {
  /** Replace a session.json that is corrupt, invalid or newer. Default false: such a save is refused. */
  force?: boolean;
}

/**
 * Replace a session's state (last writer wins; use `update` for read-modify-write).
 * Validates, stamps `metadata.updated_at`, writes atomically under the session lock.
 * Returns the state as written (it may share unchanged sub-objects with `state`).
 */
export function saveSession(ctx: StoreContext, state: SessionState, opts: SaveOptions = {}): SessionState {
  const sessionId = (state as { metadata?: { session_id?: unknown } } | null)?.metadata?.session_id;
  assertSessionId(sessionId);
  return withSessionLock(ctx, sessionId, (dir) => {
    checkReplaceable(ctx, sessionId, dir, opts.force === true);
    return writeSessionFile(ctx, sessionId, dir, state);
  });
}

/** What an update mutator may do: change the draft in place and/or return a new state. */
// biome-ignore lint/suspicious/noConfusingVoidType: a mutator edits in place (returns nothing) or returns a new state
export type SessionMutator = (draft: SessionState) => SessionState | void;

/**
 * THE read-modify-write primitive: under the session lock, load the current state, hand it
 * to `mutator`, validate and write the result atomically. Concurrent updates from any
 * number of processes are serialized; none is lost. The mutator must not call the store
 * for the same session (that fails at once with ERR_RLM_USAGE) and may throw to abort
 * (nothing is written).
 */
export function updateSession(ctx: StoreContext, sessionId: string, mutator: SessionMutator): SessionState {
  assertSessionId(sessionId);
  return withSessionLock(ctx, sessionId, (dir) => {
    const draft = readSessionFile(ctx, sessionId, dir);
    // Fold the events journal (session lock, then log lock: appenders take only the latter).
    return withLock(
      join(dir, LOGS_LOCK),
      () => {
        const read = foldEvents(dir, draft);
        const next = mutator(draft) ?? draft;
        const written = writeSessionFile(ctx, sessionId, dir, next);
        // session.json now holds every event read: start an empty journal (a crash before
        // this leaves the old one, whose folded part the mark in session.json skips).
        if (read.mark !== null && read.events.length + read.corrupt > 0)
          resetEvents(join(dir, EVENTS_LOG), ctx.fsync);
        return written;
      },
      ctx.lock,
    );
  });
}
