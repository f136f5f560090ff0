import { closeSync, constants, fstatSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { writeOut } from "./write-out.js";

/** The log is rotated to `hook-errors.log.1` once it passes this size: bounded at twice it. */
export const ERROR_LOG_MAX_BYTES = 1 << 20;
export const ERROR_LOG = "hook-errors.log";

export interface LoggedError {
  event?: string;
  session_id?: string;
  code?: string;
  message: string;
  stack?: string;
}

/**
 * Append one JSON line to `<root>/hook-errors.log` (created 0600, never through a symlink),
 * rotating it when it is full. Never throws: a log that cannot be written falls back to
 * stderr, which Claude Code keeps in its debug log, never in the model's context.
 */
export function logHookError(root: string, entry: LoggedError, now = new Date()): void {
  const line = `${JSON.stringify({ time: now.toISOString(), ...entry })}\n`;
  try {
    mkdirSync(root, { recursive: true, mode: 0o700 });
    const path = join(root, ERROR_LOG);
    let fd = openSync(
      path,
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW,
      0o600,
    );
    if (fstatSync(fd).size > ERROR_LOG_MAX_BYTES) {
      closeSync(fd);
      renameSync(path, `${path}.1`);
      fd = openSync(
        path,
        constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW,
        0o600,
      );
    }
    try {
      writeSync(fd, line);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    writeOut(2, `rlm-hook: ${entry.message} (could not write ${ERROR_LOG}: ${(err as Error).message})\n`);
  }
}
