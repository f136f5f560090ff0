import {
  chmodSync,
  lutimesSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
} from "node:fs";
import { join } from "node:path";
import { assertSessionId, CorruptFileError } from "@rlm/session-schema/core";
import { ArchiveError } from "../errors/archive-error.js";
import { SessionExistsError } from "../errors/session-exists-error.js";
import { SessionNotFoundError } from "../errors/session-not-found-error.js";
import { errnoCode, fsyncDir, lstatOrNull, removeQuietly, writeNewFileSync } from "../fs-utils.js";
import { publishStaging, stagingDir } from "../ops/create-session.js";
import { ARCHIVE_DIR, assertInside } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { dirOf } from "../store/session-dir.js";
import { archivePathOf, zlib } from "./archive-session.js";
import type { TarEntry } from "./tar-format.js";
import { readTar } from "./tar-read.js";

export interface RestoreOptions {
  /** Keep `<root>/archive/<id>.tar.gz` after restoring. Default: removed once the session is back. */
  keepArchive?: boolean;
}

function readArchive(file: string, sessionId: string, ctx: StoreContext): TarEntry[] {
  let gz: Buffer;
  try {
    gz = readFileSync(file);
  } catch (err) {
    if (errnoCode(err) === "ENOENT") throw new SessionNotFoundError(sessionId, join(ctx.root, ARCHIVE_DIR));
    throw err;
  }
  try {
    return readTar(zlib().gunzipSync(gz));
  } catch (err) {
    throw new CorruptFileError(file, `unreadable archive: ${(err as Error).message}`, err);
  }
}

/** Archives are untrusted input: every entry must be a plain relative path inside `<id>/`. */
function checkPaths(entries: readonly TarEntry[], sessionId: string): void {
  const [top, ...rest] = entries;
  if (top?.path !== sessionId || top.type !== "dir")
    throw new ArchiveError(`archive does not start with ${sessionId}/`);
  for (const e of rest) {
    const parts = e.path.split("/");
    const bad =
      parts[0] !== sessionId || parts.length < 2 || parts.some((p) => p === "" || p === "." || p === "..");
    if (bad || /[\0\\]/.test(e.path))
      throw new ArchiveError(`unsafe path in archive: ${JSON.stringify(e.path)}`);
  }
}

function extract(entries: readonly TarEntry[], staging: string, sessionId: string): void {
  const dirs: [string, TarEntry][] = [];
  for (const e of entries) {
    const target = e.path === sessionId ? staging : join(staging, e.path.slice(sessionId.length + 1));
    if (target !== staging) assertInside(staging, target);
    if (e.type === "dir") {
      if (target !== staging) mkdirSync(target, { mode: 0o700 });
      dirs.push([target, e]);
    } else if (e.type === "file") {
      writeNewFileSync(target, e.data ?? Buffer.alloc(0), e.mode);
      chmodSync(target, e.mode);
      utimesSync(target, e.mtime, e.mtime);
    } else {
      symlinkSync(e.linkTarget ?? "", target);
      lutimesSync(target, e.mtime, e.mtime);
    }
  }
  for (const [dir, e] of dirs.reverse()) {
    fsyncDir(dir);
    chmodSync(dir, e.mode);
    utimesSync(dir, e.mtime, e.mtime);
  }
}

/**
 * Unpack `<root>/archive/<id>.tar.gz` back to `<root>/<id>/`: byte-identical files, modes,
 * symlinks (even dangling ones) and mtimes. Built in a staging directory and renamed into
 * place, so a crash never leaves half a session. The archive is removed afterwards unless
 * `keepArchive`.
 */
export function restoreSession(
  ctx: StoreContext,
  sessionId: string,
  opts: RestoreOptions = {},
): { path: string; entries: number } {
  assertSessionId(sessionId);
  if (lstatOrNull(dirOf(ctx, sessionId)) !== null) throw new SessionExistsError(sessionId, ctx.root);
  const file = archivePathOf(ctx, sessionId);
  const entries = readArchive(file, sessionId, ctx);
  checkPaths(entries, sessionId);
  const staging = stagingDir(ctx, sessionId);
  try {
    extract(entries, staging, sessionId);
    publishStaging(ctx, staging, sessionId);
  } catch (err) {
    removeQuietly(staging);
    throw err;
  }
  if (!opts.keepArchive) {
    unlinkSync(file);
    fsyncDir(join(ctx.root, ARCHIVE_DIR));
  }
  return { path: dirOf(ctx, sessionId), entries: entries.length };
}
