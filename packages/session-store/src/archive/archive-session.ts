import { readdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { assertSessionId, isSessionId } from "@rlm/session-schema/core";
import { writeFileAtomicSync } from "../atomic-json.js";
import { ArchiveError } from "../errors/archive-error.js";
import { errnoCode, fsyncDir, lstatOrNull, removeQuietly } from "../fs-utils.js";
import { mkdirpSync } from "../mkdirp.js";
import { detachSession } from "../ops/delete-session.js";
import { ARCHIVE_DIR, ARCHIVE_SUFFIX, DIR_MODE } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { requireSessionDir } from "../store/session-dir.js";
import { collectTree, treeDifference } from "./collect-tree.js";
import { readTar } from "./tar-read.js";
import { writeTar } from "./tar-write.js";

export interface ArchiveInfo {
  sessionId: string;
  /** `<root>/archive/<id>.tar.gz` */
  path: string;
  /** Size of the archive file. */
  sizeBytes: number;
  /** Bytes of file content the session held (what archiving freed, less sizeBytes). */
  contentBytes: number;
  entries: number;
}

export interface ArchivedSession {
  sessionId: string;
  path: string;
  sizeBytes: number;
  /** Unix seconds (the archive file's mtime). */
  archivedAt: number;
}

/** node:zlib, loaded on first use: only archive and restore need it (it costs ~5 ms of CPU to load). */
export const zlib = () => process.getBuiltinModule("node:zlib");

export const archivePathOf = (ctx: StoreContext, sessionId: string): string =>
  join(ctx.root, ARCHIVE_DIR, `${sessionId}${ARCHIVE_SUFFIX}`);

/**
 * Pack a session into `<root>/archive/<id>.tar.gz` and remove its directory. Order: build
 * under the session's locks, write atomically + fsync, read the file back and compare
 * every entry byte for byte, and only then take the directory out of the root. Any
 * failure leaves the session as it was (and no archive).
 */
export function archiveSession(ctx: StoreContext, sessionId: string): ArchiveInfo {
  assertSessionId(sessionId);
  requireSessionDir(ctx, sessionId);
  const file = archivePathOf(ctx, sessionId);
  mkdirpSync(join(ctx.root, ARCHIVE_DIR), DIR_MODE);
  if (lstatOrNull(file) !== null)
    throw new ArchiveError(`${file} already exists; restore or remove it first`);
  let info: ArchiveInfo | undefined;
  const trash = detachSession(ctx, sessionId, (dir) => {
    const entries = collectTree(dir, sessionId);
    const { gunzipSync, gzipSync } = zlib();
    writeFileAtomicSync(file, gzipSync(writeTar(entries)));
    fsyncDir(join(ctx.root, ARCHIVE_DIR));
    let problem: string | null;
    try {
      problem = treeDifference(entries, readTar(gunzipSync(readFileSync(file))));
    } catch (err) {
      problem = (err as Error).message;
    }
    if (problem !== null) {
      unlinkSync(file);
      throw new ArchiveError(`archive of ${sessionId} failed verification: ${problem}`);
    }
    const contentBytes = entries.reduce((n, e) => n + (e.data?.length ?? 0), 0);
    info = { sessionId, path: file, sizeBytes: statSync(file).size, contentBytes, entries: entries.length };
  });
  removeQuietly(trash);
  return info as ArchiveInfo;
}

/** Archived sessions, newest first. */
export function listArchived(ctx: StoreContext): ArchivedSession[] {
  const dir = join(ctx.root, ARCHIVE_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    if (errnoCode(err) === "ENOENT") return [];
    throw err;
  }
  const out: ArchivedSession[] = [];
  for (const name of names) {
    if (!name.endsWith(ARCHIVE_SUFFIX)) continue;
    const sessionId = name.slice(0, -ARCHIVE_SUFFIX.length);
    if (!isSessionId(sessionId)) continue;
    const st = lstatOrNull(join(dir, name));
    if (st?.isFile())
      out.push({ sessionId, path: join(dir, name), sizeBytes: st.size, archivedAt: st.mtimeMs / 1000 });
  }
  return out.sort((a, b) => b.archivedAt - a.archivedAt || (a.sessionId < b.sessionId ? -1 : 1));
}
