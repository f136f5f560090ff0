import { writeSync } from "node:fs";

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Write all of `text` (a string is UTF-8) to fd 1 or 2 with plain writes. process.stdout / process.stderr would
 * load Node's stream machinery first (~5 ms a short-lived client must not pay); a non-blocking pipe that
 * is momentarily full (EAGAIN) is retried.
 */
export function writeOut(fd: 1 | 2, text: string | Buffer): void {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      Atomics.wait(sleeper, 0, 0, 1);
    }
  }
}
