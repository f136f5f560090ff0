import { closeSync, constants, openSync, readSync } from "node:fs";
import { CorruptFileError } from "@rlm/session-schema/core";
import { errnoCode } from "../fs-utils.js";

export interface LogProblem {
  path: string;
  /** 1-based line number in that file. */
  line: number;
  reason: string;
}

export interface LogRead<T> {
  lines: T[];
  problems: LogProblem[];
}

/** Read up to `limit` bytes of a file (all when undefined); missing → empty. */
export function readPrefix(path: string, limit?: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    if (errnoCode(err) === "ENOENT") return Buffer.alloc(0);
    if (errnoCode(err) === "ELOOP") throw new CorruptFileError(path, "is a symlink; not followed", err);
    throw err;
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = limit === undefined ? 1 << 16 : Math.min(1 << 16, limit - total);
      if (want <= 0) break;
      const buf = Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, want, total);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * Parse JSONL bytes. Invalid lines (a torn tail from a killed writer, hand edits) are
 * skipped and reported with their line number; `check` may reject a parsed value too.
 */
export function parseJsonl<T>(path: string, bytes: Buffer, check: (v: unknown) => string | null): LogRead<T> {
  const out: LogRead<T> = { lines: [], problems: [] };
  const text = bytes.toString("utf8");
  const rows = text.split("\n");
  if (rows[rows.length - 1] === "") rows.pop();
  rows.forEach((row, i) => {
    if (row.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (err) {
      const torn = i === rows.length - 1 && !text.endsWith("\n");
      out.problems.push({
        path,
        line: i + 1,
        reason: torn ? "torn last line" : `invalid JSON: ${(err as Error).message}`,
      });
      return;
    }
    const problem = check(value);
    if (problem === null) out.lines.push(value as T);
    else out.problems.push({ path, line: i + 1, reason: problem });
  });
  return out;
}
