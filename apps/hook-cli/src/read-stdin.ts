import { isUtf8 } from "node:buffer";
import { readSync } from "node:fs";

const CHUNK = 1 << 16;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * All of stdin, to EOF, as bytes (never stop early: Claude Code's write fails with EPIPE
 * when a hook exits before draining a payload larger than the pipe buffer).
 */
export function readStdin(fd = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, buf, 0, CHUNK, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(sleeper, 0, 0, 2);
        continue;
      }
      if (code === "EOF") break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(n === CHUNK ? buf : buf.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/**
 * UTF-8, explicitly (a locale code page would corrupt JSON). Invalid sequences become
 * U+FFFD and are counted, so the event is still recorded and the damage reported.
 */
export function decodeUtf8(bytes: Buffer): { text: string; invalid: boolean } {
  return { text: bytes.toString("utf8"), invalid: !isUtf8(bytes) };
}
