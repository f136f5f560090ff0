// The helper's own file operations: its fifo, the requests it reads and the files it
// writes (no fsync anywhere: nothing here must survive a crash).
import { spawnSync } from "node:child_process";
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  type Stats,
  statSync,
  writeFileSync,
} from "node:fs";
import { unlinkQuietly } from "./protocol.js";

/**
 * A claimed request's bytes: only a regular file, opened without blocking and without
 * following a symlink (a fifo or device planted in the queue must not wedge the helper).
 */
export function readRequest(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${path} is not a regular file`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A fifo at `path` that some process reads (a live helper). */
function fifoHasReader(path: string): boolean {
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW));
    return true;
  } catch {
    return false;
  }
}

/** Create the fifo, unless a live helper already reads one. Returns its inode, or null. */
export function claimFifo(fifo: string): number | null {
  for (let attempt = 0; attempt < 3; attempt++) {
    const made = spawnSync("mkfifo", ["-m", "600", fifo], { stdio: "ignore" });
    if (made.status === 0) return statSync(fifo).ino;
    let st: Stats;
    try {
      st = lstatSync(fifo);
    } catch {
      throw new Error("mkfifo failed (not installed, or a filesystem without fifos)");
    }
    if (st.isFIFO() && fifoHasReader(fifo)) return null; // another helper serves this root
    unlinkQuietly(fifo); // left by a helper that died
  }
  throw new Error("could not create its fifo (three tries)");
}

/** Write `data` to `path` by rename (readers see all of it or nothing); no fsync: nothing here must survive a crash. */
export function writeWhole(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600 });
  renameSync(tmp, path);
}
