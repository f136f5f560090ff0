import { join } from "node:path";
import { OutsideRootError } from "../errors/outside-root-error.js";
import { SessionNotFoundError } from "../errors/session-not-found-error.js";
import { errnoCode, lstatOrNull } from "../fs-utils.js";
import { withLock } from "../lock/lock.js";
import { mkdirpSync } from "../mkdirp.js";
import { DIR_MODE, SESSION_LOCK, sessionDir } from "../paths.js";
import type { StoreContext } from "./context.js";

/** `<root>/<id>` for an id that passed validation; nothing is touched. */
export function dirOf(ctx: StoreContext, sessionId: string): string {
  return sessionDir(ctx.root, sessionId);
}

/** Create the root (0700) when missing. */
export function ensureRoot(ctx: StoreContext): void {
  mkdirpSync(ctx.root, DIR_MODE);
}

/**
 * The directory of an existing session. Refuses a session "directory" that is a symlink
 * (it would lead writes outside the root) and reports a missing one as not found.
 */
export function requireSessionDir(ctx: StoreContext, sessionId: string): string {
  const dir = dirOf(ctx, sessionId);
  const st = lstatOrNull(dir);
  if (st === null) throw new SessionNotFoundError(sessionId, ctx.root);
  if (st.isSymbolicLink())
    throw new OutsideRootError(dir, ctx.root, "a symlink instead of a session directory in");
  if (!st.isDirectory()) throw new SessionNotFoundError(sessionId, ctx.root);
  return dir;
}

/** Run `fn(dir)` under the per-session lock. A session removed meanwhile → SessionNotFoundError. */
export function withSessionLock<T>(ctx: StoreContext, sessionId: string, fn: (dir: string) => T): T {
  const dir = requireSessionDir(ctx, sessionId);
  try {
    return withLock(join(dir, SESSION_LOCK), () => fn(dir), ctx.lock);
  } catch (err) {
    if (errnoCode(err) === "ENOENT" && lstatOrNull(dir) === null)
      throw new SessionNotFoundError(sessionId, ctx.root);
    throw err;
  }
}

/**
 * Refuse a symlink at `<sessionDir>/<sub>` where a directory of ours belongs (`cells/`,
 * `reasoning/`): O_NOFOLLOW guards only a path's last component, and a planted link would
 * lead reads and writes out of the session.
 */
export function refuseSymlinkedSubdir(sessionDir: string, sub: string): void {
  const at = join(sessionDir, sub);
  if (lstatOrNull(at)?.isSymbolicLink())
    throw new OutsideRootError(at, sessionDir, "a symlink instead of a directory in");
}
