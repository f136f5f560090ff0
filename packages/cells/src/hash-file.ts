import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { DELETED } from "./cache-key.js";
import { NATIVE_FROM_BYTES, nativeSha256, sha256Hex } from "./sha256.js";

const CHUNK_BYTES = 1 << 20;
let chunk: Buffer | undefined;

/**
 * `sha256:<hex>` of the file's content, or null when it does not exist or cannot be read.
 * Small files are read whole and hashed without node:crypto; bigger ones by node:crypto,
 * in 1 MiB chunks.
 */
export function hashFile(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < NATIVE_FROM_BYTES) {
      const buf = Buffer.allocUnsafe(size + 1);
      let n = 0;
      for (let r = 1; r > 0 && n <= size; n += r) r = readSync(fd, buf, n, buf.length - n, null);
      if (n <= size) return `sha256:${sha256Hex(buf.subarray(0, n))}`;
    }
    // a big file, or a small one that grew while we read it: stream it from the start
    chunk ??= Buffer.allocUnsafe(CHUNK_BYTES);
    const hash = nativeSha256();
    for (let pos = 0; ; ) {
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, pos);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
      pos += n;
    }
    return `sha256:${hash.digest("hex")}`;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * A `context_snapshot.files` record for `paths`: path → current content hash, DELETED for
 * a file that does not exist (not null, which means "read, content unknown").
 */
export function snapshotFiles(paths: readonly string[], cwd = process.cwd()): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const p of paths) out[p] = hashFile(resolve(cwd, p)) ?? DELETED;
  return out;
}
