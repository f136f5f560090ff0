import { readFileSync } from "node:fs";
import { CorruptFileError } from "@rlm/session-schema";
import writeFileAtomic from "write-file-atomic";
import { FILE_MODE } from "./paths.js";

/** Replace `path` atomically (temp file in the same dir, fsync, rename), mode 0600. */
export function writeFileAtomicSync(path: string, data: string | Buffer): void {
  writeFileAtomic.sync(path, data, { mode: FILE_MODE, fsync: true });
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
