import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { FILE_MODE } from "@rlm/session-store";

const CHUNK = 1 << 20;
let buffer: Buffer | null = null;

/**
 * sha256 of `src`, copying it byte for byte to `dst` on the way when `dst` is given.
 * Reads in 1 MiB chunks so a huge legacy file never sits in memory whole.
 */
export function copyAndHash(src: string, dst: string | null): { sha256: string; size: number } {
  buffer ??= Buffer.allocUnsafe(CHUNK);
  const hash = createHash("sha256");
  const input = openSync(src, "r");
  const output = dst === null ? null : openSync(dst, "w", FILE_MODE);
  let size = 0;
  try {
    for (;;) {
      const n = readSync(input, buffer, 0, CHUNK, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      if (output !== null) writeSync(output, buffer, 0, n);
      size += n;
    }
  } finally {
    closeSync(input);
    if (output !== null) closeSync(output);
  }
  return { sha256: hash.digest("hex"), size };
}

/** sha256 of a file, or null when it cannot be read. */
export function hashFile(path: string): string | null {
  try {
    return copyAndHash(path, null).sha256;
  } catch {
    return null;
  }
}
