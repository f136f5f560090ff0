import type { SessionState } from "@rlm/session-schema/core";
import { foldEvents } from "../events/fold-events.js";
import { lstatOrNull } from "../fs-utils.js";
import type { StoreContext } from "../store/context.js";
import { dirOf, requireSessionDir } from "../store/session-dir.js";
import { readSessionFile } from "../store/session-file.js";

/**
 * Read and validate a session, with the events journal's changes not yet folded into
 * session.json applied (in memory). Never repairs: corrupt → CorruptFileError, invalid →
 * ValidationError.
 */
export function loadSession(ctx: StoreContext, sessionId: string): SessionState {
  const dir = requireSessionDir(ctx, sessionId);
  const state = readSessionFile(ctx, sessionId, dir);
  foldEvents(dir, state);
  return state;
}

/** True when `<root>/<id>` is a session directory (the id is validated first). */
export function sessionExists(ctx: StoreContext, sessionId: string): boolean {
  const st = lstatOrNull(dirOf(ctx, sessionId));
  return st?.isDirectory() ?? false;
}
