import { closeSync, existsSync, lstatSync, openSync, readlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { readJsonFile } from "@rlm/session-store";
import type { Discovery } from "../discover/discovery-types.js";
import { MigrationError } from "../errors/migration-error.js";
import { type LegacyDirs, refPath } from "../legacy/legacy-dirs.js";
import type { Problem } from "../report/problem.js";
import { makeDurable } from "../write/make-durable.js";
import { mkdirPrivate, writeJsonRecord } from "../write/private-fs.js";
import { copyAndHash } from "./copy-and-hash.js";
import { interruptedDuringBackup } from "./interrupted.js";
import { targetWriteError } from "./write-errors.js";

export const BACKUP_MANIFEST = "backup-manifest.json";
export const BACKUP_FILES = "files";

/** One legacy file, symlink or folder as it was when the run began. */
export interface BackupEntry {
  ref: string;
  type: "file" | "symlink" | "dir";
  mode: number;
  mtime_ms: number;
  size?: number;
  sha256?: string;
  target?: string;
  /** The file vanished between discovery and backup. */
  missing?: boolean;
  /** The file could not be read (permissions): it is not in the backup, and was never touched. */
  unreadable?: string;
}

/** `backup-manifest.json`: the checksummed inventory of every legacy file (written last, atomically). */
export interface BackupManifest {
  version: 1;
  run_id: string;
  /** False with `--no-backup`: the inventory and checksums only, no copies. */
  copied: boolean;
  roots: LegacyDirs;
  files: number;
  bytes: number;
  entries: BackupEntry[];
}

/** Why `path` cannot be read, or null when it can (the source side of a failed copy). */
function sourceProblem(path: string): NodeJS.ErrnoException | null {
  try {
    closeSync(openSync(path, "r"));
    return null;
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
}

/**
 * One manifest entry. A legacy file that vanished or cannot be read is recorded as such;
 * a copy that cannot be written throws: the run must not go on without its backup.
 */
function backupEntry(
  dirs: LegacyDirs,
  ref: string,
  type: BackupEntry["type"],
  copyTo: string | null,
  backupDir: string,
): BackupEntry {
  const path = refPath(dirs, ref);
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(path);
  } catch {
    return { ref, type, mode: 0, mtime_ms: 0, missing: true };
  }
  const base = { ref, type, mode: st.mode & 0o7777, mtime_ms: st.mtimeMs };
  if (type === "dir") return base;
  if (type === "symlink") return { ...base, target: readlinkSync(path) };
  try {
    if (copyTo !== null) mkdirPrivate(dirname(copyTo));
    return { ...base, ...copyAndHash(path, copyTo) };
  } catch (err) {
    const source = sourceProblem(path);
    if (source?.code === "ENOENT") return { ref, type, mode: 0, mtime_ms: 0, missing: true };
    if (source !== null) return { ...base, unreadable: source.message };
    // The copy's side failed: name the backup folder and why (a full disk, permissions),
    // not the legacy file being copied.
    throw (
      targetWriteError(err, backupDir, "write the backup") ??
      new MigrationError(
        `the backup could not be written in ${backupDir}: ${(err as Error).message} (copying ${ref})`,
        { hint: "--no-backup keeps checksums only", cause: err },
      )
    );
  }
}

/**
 * Copy every legacy file byte for byte under `<run>/files/<ref>` (or, with `copy: false`,
 * only checksum it), then write the manifest. Symlinks are recorded with their target.
 */
export function writeBackup(
  runDir: string,
  runId: string,
  discovery: Discovery,
  copy: boolean,
  durable: boolean,
  shouldStop: () => boolean = () => false,
): BackupManifest {
  const filesDir = join(runDir, BACKUP_FILES);
  const entries: BackupEntry[] = [];
  for (const e of discovery.entries) {
    if (shouldStop()) throw interruptedDuringBackup();
    entries.push(
      backupEntry(
        discovery.dirs,
        e.ref,
        e.type,
        copy && e.type === "file" ? join(filesDir, e.ref) : null,
        runDir,
      ),
    );
  }
  const present = entries.filter((e) => e.type === "file" && !e.missing && e.unreadable === undefined);
  const manifest: BackupManifest = {
    version: 1,
    run_id: runId,
    copied: copy,
    roots: discovery.dirs,
    files: present.length,
    bytes: present.reduce((n, e) => n + (e.size ?? 0), 0),
    entries,
  };
  if (copy && durable && existsSync(filesDir)) makeDurable(runDir, [filesDir]);
  writeJsonRecord(join(runDir, BACKUP_MANIFEST), manifest);
  return manifest;
}

export function readBackupManifest(runDir: string): BackupManifest | null {
  const file = join(runDir, BACKUP_MANIFEST);
  return existsSync(file) ? (readJsonFile(file) as BackupManifest) : null;
}

/** Legacy files the backup could not read: warned about in the run's report. */
export function backupProblems(manifest: BackupManifest | null): Problem[] {
  return (manifest?.entries ?? [])
    .filter((e) => e.unreadable !== undefined)
    .map((e) => ({
      source: e.ref,
      level: "warning",
      message: `cannot be read (${e.unreadable}), so it is not in the backup; it was left untouched`,
    }));
}
