import { join } from "node:path";
import type { SessionState } from "@rlm/session-schema/core";
import { EVENTS_LOG, type EventsMark, type EventsRead, readEvents } from "./events-file.js";
import { applyEvents } from "./session-event.js";

/** Where session.json records how much of the events journal it contains (a top-level key). */
export const EVENTS_MARK = "events_folded";

export function markOf(state: SessionState): EventsMark | null {
  const m = (state as Record<string, unknown>)[EVENTS_MARK] as Partial<EventsMark> | undefined;
  return typeof m?.token === "string" && typeof m.bytes === "number"
    ? { token: m.token, bytes: m.bytes }
    : null;
}

/**
 * Apply the journal's events that `state` does not contain yet, in memory, and record the
 * new mark in the state (so that saving it marks them folded). Returns what was read.
 */
export function foldEvents(dir: string, state: SessionState): EventsRead {
  const read = readEvents(join(dir, EVENTS_LOG), markOf(state));
  if (read.events.length > 0) applyEvents(state, read.events);
  if (read.mark !== null) (state as Record<string, unknown>)[EVENTS_MARK] = read.mark;
  return read;
}
