import { closeSync, constants, openSync, readFileSync } from "node:fs";
import { CorruptFileError } from "@rlm/session-schema/core";
import { FILE_MODE } from "@rlm/session-store";

// Everything under `cells/` is ours: a symlink there was planted, and following it would
// read (or, for the journal, append to) a file outside the session. Opened with O_NOFOLLOW.

export const NO_FOLLOW = constants.O_NOFOLLOW;

/** Open `path` with `flags | O_NOFOLLOW` (created 0600); a symlink → CorruptFileError, ENOENT rethrown as is. */
export function openNoFollow(path: string, flags: number): number {
  try {
    return openSync(path, flags | NO_FOLLOW, FILE_MODE);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOOP")
      throw new CorruptFileError(path, "is a symlink; not followed", err);
    throw err;
  }
}

/** The bytes of `path`, never through a symlink. ENOENT is rethrown as is. */
export function readNoFollow(path: string): Buffer {
  const fd = openNoFollow(path, constants.O_RDONLY);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Parse a JSON document under `cells/`: ENOENT rethrown; a symlink, unreadable or invalid file → CorruptFileError. */
export function readJsonNoFollow(path: string): unknown {
  let text: string;
  try {
    text = readNoFollow(path).toString("utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT" || err instanceof CorruptFileError) throw err;
    throw new CorruptFileError(path, `cannot read: ${(err as Error).message}`, err);
  }
  if (text.trim() === "") throw new CorruptFileError(path, "empty file");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CorruptFileError(path, `invalid JSON: ${(err as Error).message}`, err);
  }
}
