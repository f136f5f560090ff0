import { closeSync, fsyncSync, openSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DIR_MODE, FILE_MODE, mkdirpSync } from "@rlm/session-store";

// Files of a staging directory are written plainly, then made durable in one pass right
// before the directory is renamed into place (see README, "Durability"): a session is
// either absent or complete, and per-file write-temp-fsync-rename would double the I/O.

/** `mkdir -p` (0700) that always ends (Node's recursive mkdirSync can spin: session-store's mkdirpSync). */
export function mkdirPrivate(path: string): void {
  mkdirpSync(path, DIR_MODE);
}

export function writePrivate(path: string, data: string | Buffer): void {
  writeFileSync(path, data, { mode: FILE_MODE });
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsync every file and folder under `dir` (depth first), then `dir` itself. */
export function fsyncTree(dir: string): void {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) fsyncTree(p);
    else if (d.isFile()) fsyncPath(p);
  }
  fsyncPath(dir);
}

/**
 * Replace a JSON record durably under a fixed temp name (`<path>.tmp`), so a run killed
 * mid-write leaves a name the next run knows to sweep (write-file-atomic's names are random).
 */
export function writeJsonRecord(path: string, value: unknown): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, "w", FILE_MODE);
  try {
    writeFileSync(fd, `${JSON.stringify(value, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
