import { CorruptFileError } from "@rlm/session-schema/core";
import { writeFileAtomicSync } from "../atomic-json.js";
import { errnoCode, readFileNoFollow } from "../fs-utils.js";
import { randomHex } from "../random-id.js";
import { parseEvent, type SessionEvent } from "./session-event.js";

// `<session>/events.jsonl`: the session-state journal (session-event.ts). A header line
// names the journal with a random token; session.json records in `events_folded` how much
// of which journal it already contains ({token, bytes}). Appends happen under the session's
// log lock; a fold (update) holds the session lock and then the log lock, writes
// session.json with the new mark, then replaces the journal by an empty one with a new
// token. A crash between the two leaves a journal whose folded part the mark skips: no
// event is applied twice or lost. Readers take no lock and stop at the last newline.

export const EVENTS_LOG = "events.jsonl";

export interface EventsMark {
  token: string;
  /** Bytes of that journal already folded (up to and including a line's newline). */
  bytes: number;
}

export interface EventsRead {
  events: SessionEvent[];
  /** Where this read stopped (null: no journal). */
  mark: EventsMark | null;
  /** Lines that did not parse (a torn last line of a killed appender, damage): skipped. */
  corrupt: number;
}

export function headerLine(token = randomHex(16)): Buffer {
  return Buffer.from(`${JSON.stringify({ journal: "rlm-session-events", token })}\n`);
}

/** The events of the journal at `path` after `since` (all of them when `since` names another journal). */
export function readEvents(path: string, since: EventsMark | null): EventsRead {
  let bytes: Buffer;
  try {
    bytes = readFileNoFollow(path).bytes;
  } catch (err) {
    const code = errnoCode(err);
    if (code === "ENOENT") return { events: [], mark: null, corrupt: 0 };
    if (code === "ELOOP") throw new CorruptFileError(path, "is a symlink; not followed", err);
    throw new CorruptFileError(path, `cannot read: ${(err as Error).message}`, err);
  }
  const nl = bytes.indexOf(0x0a);
  let token = "";
  try {
    const h = JSON.parse(bytes.subarray(0, nl < 0 ? bytes.length : nl).toString("utf8")) as {
      token?: unknown;
    };
    if (typeof h?.token === "string") token = h.token;
  } catch {
    /* no header: a damaged journal; its lines are still read, and it matches no mark */
  }
  const bodyStart = token === "" ? 0 : nl + 1;
  const start =
    since !== null && token !== "" && since.token === token && since.bytes >= bodyStart
      ? since.bytes
      : bodyStart;
  const end = bytes.lastIndexOf(0x0a) + 1;
  const events: SessionEvent[] = [];
  let corrupt = 0;
  if (end > start) {
    for (const line of bytes.subarray(start, end).toString("utf8").split("\n")) {
      if (line === "") continue;
      const e = parseEvent(line);
      if (e === null) corrupt++;
      else events.push(e);
    }
  }
  return { events, mark: { token, bytes: Math.max(end, start) }, corrupt };
}

/** Replace the journal with an empty one under a new token (caller holds the log lock). */
export function resetEvents(path: string, fsync: boolean): void {
  writeFileAtomicSync(path, headerLine(), { fsync });
}
