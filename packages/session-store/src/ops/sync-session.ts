import { closeSync, constants, fsyncSync, openSync } from "node:fs";
import { join } from "node:path";
import { CorruptFileError } from "@rlm/session-schema/core";
import { EVENTS_LOG } from "../events/events-file.js";
import { errnoCode, fsyncDir } from "../fs-utils.js";
import { LOG_FILES, type LogName, logPath } from "../logs/session-logs.js";
import { REASONING_DIR, SESSION_FILE } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { requireSessionDir } from "../store/session-dir.js";

/** fsync one file of a session (never through a symlink). false when it does not exist. */
function fsyncFile(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    const code = errnoCode(err);
    if (code === "ENOENT") return false;
    if (code === "ELOOP") throw new CorruptFileError(path, "is a symlink; not followed", err);
    throw err;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Make what this and other processes have written to a session durable: fsync session.json,
 * each log, `reasoning/`, the session directory and the root (a store with `fsync: false`
 * calls this at the moments that matter, e.g. Stop and SessionEnd). Lock-free: it flushes
 * whatever the files hold when it runs. The cells directory belongs to @rlm/cells.
 */
export function syncSession(ctx: StoreContext, sessionId: string): void {
  const dir = requireSessionDir(ctx, sessionId);
  const file = join(dir, SESSION_FILE);
  if (!fsyncFile(file))
    throw new CorruptFileError(file, "missing: the session directory has no session.json");
  for (const log of Object.keys(LOG_FILES) as LogName[]) fsyncFile(logPath(dir, log));
  fsyncFile(join(dir, EVENTS_LOG));
  fsyncDir(join(dir, REASONING_DIR));
  fsyncDir(dir);
  fsyncDir(ctx.root);
}
