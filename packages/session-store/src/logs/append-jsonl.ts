import { closeSync, constants, fdatasyncSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { CorruptFileError } from "@rlm/session-schema/core";
import { errnoCode, fsyncDir } from "../fs-utils.js";
import { withLock } from "../lock/lock.js";
import { FILE_MODE, LOGS_LOCK } from "../paths.js";
import type { StoreContext } from "../store/context.js";

// Append-only JSONL: one JSON document per line. Appends hold the session's log lock
// (`.logs.lock`, separate from the session.json lock so logging never waits on a save):
// O_APPEND alone keeps one write(2) whole on Linux, but nothing promises that for large
// lines, and a short write would need a second call that another appender could split.
// Under the lock a line is written completely, by as many calls as it takes. A torn tail
// left by a killed appender is first terminated with "\n", so it damages only itself.

// O_RDWR (not O_WRONLY) to look at the last byte; O_APPEND still sends every write to the end.
const FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;

/** Open (creating) a log for appending; a symlink there is refused with a coded error. */
function openLog(path: string): number {
  try {
    return openSync(path, FLAGS, FILE_MODE);
  } catch (err) {
    if (errnoCode(err) === "ELOOP") throw new CorruptFileError(path, "is a symlink; not followed", err);
    throw err;
  }
}

function endsTorn(fd: number, size: number): boolean {
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/**
 * Append `lines` (each a complete line ending in "\n") to the log at `path`; the caller
 * holds the session's log lock. A torn tail left by a killed appender is first terminated.
 * With `fsync` the lines are on disk when this returns (and the directory when the log was
 * empty, i.e. possibly just created). Returns the log's size after the append.
 */
export function appendLinesLocked(path: string, lines: Buffer, fsync: boolean, header?: Buffer): number {
  const fd = openLog(path);
  let size: number;
  try {
    size = fstatSync(fd).size;
    if (size === 0 && header !== undefined) writeAll(fd, header);
    else if (endsTorn(fd, size)) writeAll(fd, Buffer.from("\n"));
    writeAll(fd, lines);
    if (fsync) fdatasyncSync(fd);
    const after = fstatSync(fd).size;
    if (fsync && size === 0) fsyncDir(dirname(path));
    return after;
  } finally {
    closeSync(fd);
  }
}

/**
 * Append one value as one line to the log at `path` in session `dir`, under the session's log lock. With
 * `ctx.fsync` the line is on disk when this returns (fdatasync; the directory too when the
 * log was empty, i.e. possibly just created).
 */
export function appendJsonLine(ctx: StoreContext, dir: string, path: string, value: unknown): void {
  const line = Buffer.from(`${JSON.stringify(value)}\n`);
  withLock(join(dir, LOGS_LOCK), () => appendLinesLocked(path, line, ctx.fsync), ctx.lock);
}
