import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { DELETED } from "./cache-key.js";

const CHUNK = Buffer.alloc(1 << 20);

/** `sha256:<hex>` of the file's content (read in 1 MiB chunks), or null when it does not exist or cannot be read. */
export function hashFile(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  try {
    const hash = createHash("sha256");
    for (;;) {
      const n = readSync(fd, CHUNK, 0, CHUNK.length, null);
      if (n === 0) break;
      hash.update(CHUNK.subarray(0, n));
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
