import { closeSync, constants, fstatSync, openSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { writeOut } from "@rlm/resident-helper/client";
import { mkdirpSync, redactSecrets } from "@rlm/session-store";

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

/** No field over this many characters: one line is at most a few KiB, whatever the input. */
const MAX_FIELD = 2000;

function cut(text: string, max = MAX_FIELD): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/**
 * What is logged is bounded and redacted: messages quote input (a refused id, V8's JSON
 * error quoting stdin), and the log must hold no secret and stay small.
 */
function bounded(e: LoggedError): LoggedError {
  return {
    ...(e.event === undefined ? {} : { event: redactSecrets(cut(e.event, 100)) }),
    ...(e.session_id === undefined ? {} : { session_id: cut(e.session_id, 128) }),
    ...(e.code === undefined ? {} : { code: cut(e.code, 100) }),
    message: redactSecrets(cut(e.message)),
    ...(e.stack === undefined ? {} : { stack: cut(e.stack) }),
  };
}

/**
 * Append one JSON line to `<root>/hook-errors.log` (created 0600, never through a symlink),
 * rotating it when it is full. Never throws: a log that cannot be written falls back to
 * stderr, which Claude Code keeps in its debug log, never in the model's context.
 */
export function logHookError(root: string, entry: LoggedError, now = new Date()): void {
  const line = `${JSON.stringify({ time: now.toISOString(), ...bounded(entry) })}\n`;
  try {
    mkdirpSync(root, 0o700);
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
