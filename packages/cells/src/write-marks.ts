import { resolve } from "node:path";
import { nowEpochSeconds } from "./clock.js";
import { hashFile } from "./hash-file.js";
import type { FileMark } from "./journal/journal-entry.js";

/** path (absolute) → hash of what the cell left there (null: the file is gone). */
export function hashWrites(cwd: string, paths: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const p of paths) {
    const abs = resolve(cwd, p);
    out[abs] = hashFile(abs);
  }
  return out;
}

/** The file marks of a cell that wrote files (caller holds the lock: `at` orders them with the journal). */
export function writeMarks(by: string, writes: Readonly<Record<string, string | null>>): FileMark[] {
  const at = nowEpochSeconds();
  return Object.entries(writes).map(([path, hash]) => ({ op: "file", path, hash, by, at }));
}
