import { closeSync, constants, fsyncSync, writeSync } from "node:fs";
import { isMissing } from "@rlm/session-store";
import { type FileMark, type JournalEntry, parseEntry } from "../journal/journal-entry.js";
import { openNoFollow, readNoFollow } from "../read-no-follow.js";

// `cells/marks.jsonl`: every stale mark ever made (explicit ids, or a file mark), one JSON
// line each, append-only and never compacted. The journal carries the same lines for the
// incremental index; this log is what a rebuild reads, so that stale marks survive the
// loss of index.json and the journal (the cell files never record them: see README).

export type MarkEntry = (JournalEntry & { op: "invalidate"; at: number }) | FileMark;

export function isMark(e: JournalEntry): e is MarkEntry {
  return e.op === "file" || (e.op === "invalidate" && typeof e.at === "number");
}

/** Append marks (caller holds the cells lock). Written before the journal: a mark may be applied twice, never lost. */
export function appendMarks(path: string, marks: readonly MarkEntry[], fsync: boolean): void {
  if (marks.length === 0) return;
  const fd = openNoFollow(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT);
  try {
    writeSync(fd, `${marks.map((m) => JSON.stringify(m)).join("\n")}\n`);
    if (fsync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Every usable mark, in file order; unusable lines (a torn last one included) are counted. */
export function readMarks(path: string): { marks: MarkEntry[]; corrupt: number } {
  let text: string;
  try {
    text = readNoFollow(path).toString("utf8");
  } catch (err) {
    if (isMissing(err)) return { marks: [], corrupt: 0 };
    throw err;
  }
  const marks: MarkEntry[] = [];
  let corrupt = 0;
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const e = parseEntry(line);
    if (e !== null && isMark(e)) marks.push(e);
    else corrupt++;
  }
  return { marks, corrupt };
}
