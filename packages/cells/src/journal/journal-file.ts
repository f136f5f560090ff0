import { closeSync, constants, fstatSync, fsyncSync, readSync, type Stats, writeSync } from "node:fs";
import { randomHex, writeFileAtomicSync } from "@rlm/session-store";
import { openNoFollow } from "../read-no-follow.js";
import { type JournalEntry, type JournalHeader, parseEntry, parseHeader } from "./journal-entry.js";

// The append-only journal. Lines are appended with O_APPEND under the cells lock; readers
// take no lock and only ever consume up to the last newline, so a line being written (or
// one left half-written by a killed process) is never applied. A new journal file is
// always created whole (header included) by an atomic rename, never by O_CREAT.

/** Where a reader stopped in one journal file. `token` tells files apart (inodes get reused). */
export interface JournalCursor {
  token: string;
  offset: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export interface JournalRead {
  header: JournalHeader | null;
  entries: JournalEntry[];
  corrupt: number;
  cursor: JournalCursor;
}

const HEAD_BYTES = 512;
/** Read + append, and deliberately no O_CREAT: see the file header. */
const APPEND = constants.O_RDWR | constants.O_APPEND;

export function sameFile(st: Pick<Stats, "ino" | "size" | "mtimeMs">, c: JournalCursor): boolean {
  return st.ino === c.ino && st.size === c.size && st.mtimeMs === c.mtimeMs;
}

/** Read the journal at `fd` from `from` (same token) or from just after its header. */
export function readJournalFd(fd: number, from: { token: string; offset: number } | null): JournalRead {
  const st = fstatSync(fd);
  const head = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
  readSync(fd, head, 0, head.length, 0);
  const nl = head.indexOf(0x0a);
  const header = nl < 0 ? null : parseHeader(head.subarray(0, nl).toString("utf8"));
  const token = header?.token ?? "";
  const start = from !== null && header !== null && from.token === token ? from.offset : nl + 1;
  const entries: JournalEntry[] = [];
  let corrupt = 0;
  let end = start;
  if (header !== null && st.size > start) {
    const body = Buffer.alloc(st.size - start);
    readSync(fd, body, 0, body.length, start);
    const lastNl = body.lastIndexOf(0x0a);
    if (lastNl >= 0) {
      end = start + lastNl + 1;
      for (const line of body.subarray(0, lastNl).toString("utf8").split("\n")) {
        if (line === "") continue;
        const e = parseEntry(line);
        if (e === null) corrupt++;
        else entries.push(e);
      }
    }
  }
  return {
    header,
    entries,
    corrupt,
    cursor: { token, offset: end, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs },
  };
}

/** Replace the journal with an empty one continuing index generation `gen`. */
export function resetJournal(path: string, gen: number, fsync = true): JournalHeader {
  const header: JournalHeader = { journal: "rlm-cells", gen, token: randomHex(16) };
  writeFileAtomicSync(path, `${JSON.stringify(header)}\n`, { fsync });
  return header;
}

export interface Appended {
  gen: number;
  token: string;
  /** Offset where our bytes start (after any newline we had to add) and the cursor after them. */
  start: number;
  cursor: JournalCursor;
}

/**
 * Append `lines` (caller holds the lock). The journal must continue generation `gen`;
 * a missing or empty or older journal is first replaced by an empty one of `gen` (an older
 * one is already folded into index.json). Returns null if the journal is ahead of `gen`,
 * which means the caller's idea of the index is out of date, or if it has no header
 * (damaged: it is left as it is, for a rebuild to salvage and keep).
 */
export function appendToJournal(path: string, gen: number, lines: string[], fsync: boolean): Appended | null {
  let fd = openOrNull(path);
  if (fd === null) {
    resetJournal(path, gen, fsync);
    fd = openNoFollow(path, APPEND);
  }
  try {
    let probe = readHeadOnly(fd);
    if (probe.header === null && probe.size > 0) return null;
    if (probe.header === null || probe.header.gen < gen) {
      closeSync(fd);
      resetJournal(path, gen, fsync);
      fd = openNoFollow(path, APPEND);
      probe = readHeadOnly(fd);
    }
    const header = probe.header as JournalHeader;
    if (header.gen > gen) return null;
    let data = `${lines.join("\n")}\n`;
    let start = probe.size;
    if (!probe.endsWithNewline) {
      data = `\n${data}`;
      start += 1;
    }
    writeSync(fd, data);
    if (fsync) fsyncSync(fd);
    const st = fstatSync(fd);
    return {
      gen,
      token: header.token,
      start,
      cursor: { token: header.token, offset: st.size, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs },
    };
  } finally {
    closeSync(fd);
  }
}

function openOrNull(path: string): number | null {
  try {
    return openNoFollow(path, APPEND);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

function readHeadOnly(fd: number): { header: JournalHeader | null; size: number; endsWithNewline: boolean } {
  const st = fstatSync(fd);
  const head = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
  readSync(fd, head, 0, head.length, 0);
  const nl = head.indexOf(0x0a);
  const header = nl < 0 ? null : parseHeader(head.subarray(0, nl).toString("utf8"));
  const last = Buffer.alloc(1);
  if (st.size > 0) readSync(fd, last, 0, 1, st.size - 1);
  return { header, size: st.size, endsWithNewline: st.size === 0 || last[0] === 0x0a };
}
