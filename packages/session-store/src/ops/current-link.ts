import { readlinkSync, renameSync, symlinkSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { CorruptFileError, isSessionId } from "@rlm/session-schema/core";
import { errnoCode, randomSuffix } from "../fs-utils.js";
import { CURRENT_LINK } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { requireSessionDir } from "../store/session-dir.js";
import { sessionExists } from "./load-session.js";

/**
 * Point `<root>/current` at a session: a relative symlink made under a temporary name and
 * renamed over the old one, so readers always see the old link or the new one.
 */
export function setCurrent(ctx: StoreContext, sessionId: string): void {
  requireSessionDir(ctx, sessionId);
  const link = join(ctx.root, CURRENT_LINK);
  const tmp = join(ctx.root, `.${CURRENT_LINK}-${randomSuffix()}.tmp`);
  symlinkSync(sessionId, tmp);
  try {
    renameSync(tmp, link);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* ignore */
    }
    if (errnoCode(err) === "EISDIR" || errnoCode(err) === "ENOTEMPTY") {
      throw new CorruptFileError(link, "is a directory, not a symlink; left as it is", err);
    }
    throw err;
  }
}

/** The session `current` points at; null when there is no link or it dangles. */
export function getCurrent(ctx: StoreContext): string | null {
  const link = join(ctx.root, CURRENT_LINK);
  let target: string;
  try {
    target = readlinkSync(link);
  } catch (err) {
    if (errnoCode(err) === "ENOENT") return null;
    if (errnoCode(err) === "EINVAL") throw new CorruptFileError(link, "is not a symlink; left as it is", err);
    throw err;
  }
  const id = target.endsWith("/") ? target.slice(0, -1) : target;
  if (!isSessionId(id))
    throw new CorruptFileError(link, `points at ${JSON.stringify(target)}, not a session id`);
  return sessionExists(ctx, id) ? id : null;
}

/** Remove `current` if it points at `sessionId` (after delete / archive). */
export function clearCurrentIf(ctx: StoreContext, sessionId: string): void {
  const link = join(ctx.root, CURRENT_LINK);
  try {
    const target = readlinkSync(link);
    if (target === sessionId || target === `${sessionId}/`) unlinkSync(link);
  } catch {
    /* no link, not a link, or already replaced */
  }
}
