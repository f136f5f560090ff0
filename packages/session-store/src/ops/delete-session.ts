import { renameSync } from "node:fs";
import { join } from "node:path";
import { randomSuffix, removeQuietly } from "../fs-utils.js";
import { withLock } from "../lock/lock.js";
import { assertInside, LOGS_LOCK, TRASH_PREFIX } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { withSessionLock } from "../store/session-dir.js";
import { clearCurrentIf } from "./current-link.js";

/**
 * Take a session out of the root under its locks: one rename to a private `.trash-*` name
 * (so readers see the whole session or nothing), then remove that. Returns the trash path
 * while it still exists, for callers that want the bytes (archive); otherwise removes it.
 */
export function detachSession(
  ctx: StoreContext,
  sessionId: string,
  beforeDetach?: (dir: string) => void,
): string {
  const trash = join(ctx.root, `${TRASH_PREFIX}${sessionId}-${randomSuffix()}`);
  assertInside(ctx.root, trash);
  withSessionLock(ctx, sessionId, (dir) =>
    withLock(
      join(dir, LOGS_LOCK),
      () => {
        beforeDetach?.(dir);
        renameSync(dir, trash);
      },
      ctx.lock,
    ),
  );
  clearCurrentIf(ctx, sessionId);
  return trash;
}

/** Delete a session directory (refuses anything outside the root or reached through a symlink). */
export function deleteSession(ctx: StoreContext, sessionId: string): void {
  removeQuietly(detachSession(ctx, sessionId));
}
