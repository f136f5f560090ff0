import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  rmSync,
  type Stats,
} from "node:fs";
import { writeAll } from "./atomic-json.js";
import { FILE_MODE } from "./paths.js";
import { randomHex } from "./random-id.js";

/** A short random name suffix for staging / temp entries. */
export const randomSuffix = (): string => randomHex(12);

/** Flush a directory's entries (new names, renames) to disk. Best effort off Linux. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    /* some platforms cannot fsync a directory */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Create `path` (must not exist), write all of `data`, fsync (unless `fsync` is false), close. Mode 0600. */
export function writeNewFileSync(
  path: string,
  data: string | Buffer | readonly Buffer[],
  mode = FILE_MODE,
  fsync = true,
): void {
  const fd = openSync(path, "wx", mode);
  try {
    writeAll(fd, data);
    if (fsync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** lstat, or null when the path does not exist. */
export function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT" || (err as NodeJS.ErrnoException).code === "ENOTDIR")
      return null;
    throw err;
  }
}

/** Read a whole file without following a symlink at `path` (ELOOP instead). */
export function readFileNoFollow(path: string): { bytes: Buffer; stats: Stats } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stats = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(stats.size);
    let off = 0;
    while (off < stats.size) {
      const n = readSync(fd, bytes, off, stats.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { bytes: bytes.subarray(0, off), stats };
  } finally {
    closeSync(fd);
  }
}

/** Remove a private staging / trash tree; never throws. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    /* leftover debris: list skips dot-names; safe to delete by hand */
  }
}

export const errnoCode = (err: unknown): string | undefined =>
  (err as NodeJS.ErrnoException | undefined)?.code;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
