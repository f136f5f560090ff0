import { resolve } from "node:path";
import type { Cell } from "@rlm/session-schema/core";
import { cacheKey, DELETED, outputDigest } from "../cache-key.js";
import { hashFile } from "../hash-file.js";
import type { CellOutputDoc } from "./executors.js";

/** Per-replay memo of file hashes, so a file read by many cells is hashed once. */
export class DiskHashes {
  private readonly memo = new Map<string, string | null>();
  constructor(private readonly cwd: string) {}

  get(path: string): string | null {
    const abs = resolve(this.cwd, path);
    let h = this.memo.get(abs);
    if (h === undefined) {
      h = hashFile(abs);
      this.memo.set(abs, h);
    }
    return h;
  }

  /** Drop every memoized hash: an executor that just ran may have written files. */
  forget(): void {
    this.memo.clear();
  }
}

export function digestsOf(deps: Readonly<Record<string, CellOutputDoc>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, o] of Object.entries(deps)) out[id] = outputDigest(o);
  return out;
}

/**
 * The key the cell would have if it ran now: today's file hashes (a gone file → DELETED;
 * a file recorded as "content unknown" only counts when deleted) and today's dependency outputs.
 */
export function currentKey(cell: Cell, disk: DiskHashes, depDigests: Record<string, string>): string {
  const files: Record<string, string | null> = {};
  for (const [path, recorded] of Object.entries(cell.input.context_snapshot.files)) {
    const now = disk.get(path);
    files[path] = now === null ? DELETED : recorded === null ? null : now;
  }
  return cacheKey(cell, files, depDigests);
}

/** The key the stored output was computed under (recomputed over recorded hashes if none was stored). */
export function recordedKey(cell: Cell, depDigests: Record<string, string>): string {
  const k = cell.extra?.cache_key;
  return typeof k === "string" ? k : cacheKey(cell, cell.input.context_snapshot.files, depDigests);
}
