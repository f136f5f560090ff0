import { isMissing } from "@rlm/session-store";
import { readNoFollow } from "../read-no-follow.js";
import { type JournalEntry, type JournalHeader, parseEntry, parseHeader } from "./journal-entry.js";

export interface SalvagedJournal {
  header: JournalHeader | null;
  /** Every line that parses as an entry, header or not. */
  entries: JournalEntry[];
  /** Lines that do not parse, a damaged header line and a torn last line included. */
  corrupt: number;
  /** Whether the file holds bytes a rewrite would lose (a missing header, corrupt lines). */
  damaged: boolean;
}

/**
 * Read a journal as tolerantly as possible, for a rebuild (under the lock, so a last line
 * without its newline is a killed writer's, not one being written). Null when there is none.
 */
export function salvageJournal(path: string): SalvagedJournal | null {
  let bytes: Buffer;
  try {
    bytes = readNoFollow(path);
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
  const lines = bytes.toString("utf8").split("\n");
  const tail = lines.pop() as string;
  const header = lines.length > 0 ? parseHeader(lines[0] as string) : null;
  let corrupt = tail === "" ? 0 : 1;
  const entries: JournalEntry[] = [];
  for (const line of header === null ? lines : lines.slice(1)) {
    if (line === "") continue;
    const e = parseEntry(line);
    if (e === null) corrupt++;
    else entries.push(e);
  }
  return { header, entries, corrupt, damaged: corrupt > 0 || (header === null && bytes.length > 0) };
}
