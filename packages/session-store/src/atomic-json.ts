import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
  writevSync,
} from "node:fs";
import { CorruptFileError } from "@rlm/session-schema/core";
import { FILE_MODE } from "./paths.js";
import { randomHex } from "./random-id.js";

// write-file-atomic's algorithm (temp file in the same directory, write, fsync, rename
// over the target), inlined: the library also registers and removes process signal
// handlers, realpaths, stats and chmods on every call, which cost ~0.25 ms per write —
// a third of a whole fsync'd write of a 300 KB session on a fast disk. Differences on
// purpose: the target is never followed through a symlink (it is replaced), the mode is
// always 0600, and a killed process leaves `<file>.<pid>.<rand>.<n>.tmp` behind (the
// library's exit handler does not run on SIGKILL either).

let counter = 0;
// Distinguishes worker threads of one process (each loads its own copy of this module)
// without loading node:worker_threads for `threadId`.
const instance = randomHex(6);

const IOV_MAX = 1024;

/** Write all of `data` at the file position of `fd` (a list of buffers with one writev). */
export function writeAll(fd: number, data: string | Buffer | readonly Buffer[]): void {
  if (Array.isArray(data) && data.length <= IOV_MAX) {
    const total = data.reduce((n: number, b: Buffer) => n + b.length, 0);
    const written = writevSync(fd, data as Buffer[]);
    if (written === total) return;
    data = Buffer.concat(data as Buffer[]).subarray(written);
  }
  const bytes =
    typeof data === "string"
      ? Buffer.from(data)
      : Array.isArray(data)
        ? Buffer.concat(data)
        : (data as Buffer);
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * Replace `path` atomically (temp file in the same dir, fsync, rename), mode 0600.
 * `data` may be a list of buffers (written with one writev, never concatenated).
 * `fsync: false` skips the fsync, for bulk writes into a private staging directory that
 * is made durable as a whole (the rename is still atomic).
 */
export function writeFileAtomicSync(
  path: string,
  data: string | Buffer | readonly Buffer[],
  options: { fsync?: boolean } = {},
): void {
  const tmp = `${path}.${process.pid}.${instance}.${++counter}.tmp`;
  const fd = openSync(tmp, "wx", FILE_MODE);
  let done = false;
  try {
    writeAll(fd, data);
    if (options.fsync !== false) fsyncSync(fd);
    closeSync(fd);
    done = true;
    renameSync(tmp, path);
  } catch (err) {
    if (!done) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw err;
  }
}

/** Serialize and replace a JSON document atomically. */
export function writeJsonAtomic(path: string, value: unknown, pretty = true): void {
  writeFileAtomicSync(path, `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`);
}

/**
 * Read a JSON document. Missing → the ENOENT error is rethrown as is (callers decide);
 * unreadable or unparsable → CorruptFileError naming the path and the reason.
 */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw err;
    throw new CorruptFileError(path, `cannot read: ${(err as Error).message}`, err);
  }
  if (text.trim() === "") throw new CorruptFileError(path, "empty file");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CorruptFileError(path, `invalid JSON: ${(err as Error).message}`, err);
  }
}

export function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}
