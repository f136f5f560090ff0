import { join } from "node:path";
import { withLock } from "../lock/lock.js";
import { appendLinesLocked } from "../logs/append-jsonl.js";
import { type FileAccessInput, fileAccessLine, logPath } from "../logs/session-logs.js";
import { LOGS_LOCK } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { requireSessionDir } from "../store/session-dir.js";
import { EVENTS_LOG, headerLine } from "./events-file.js";
import { type SessionEventInput, toEvent } from "./session-event.js";

export interface AppendEventsOptions {
  /** Lines for `file-access.jsonl`, appended under the same lock acquisition. */
  fileAccess?: FileAccessInput[];
}

/**
 * Record changes to session.json as journal lines, in O(1) whatever the session's size:
 * one lock, one append (plus the file-access lines, if any, under the same lock). The
 * next `update` folds them in; `load` applies them in memory. Everything is validated
 * before anything is written. Returns the journal's size in bytes (callers fold when it
 * grows large).
 */
export function appendSessionEvents(
  ctx: StoreContext,
  sessionId: string,
  inputs: readonly SessionEventInput[],
  opts: AppendEventsOptions = {},
): number {
  const now = ctx.clock();
  const lines = inputs.map((i) => `${JSON.stringify(toEvent(i, now, ctx.redact))}\n`).join("");
  const access = (opts.fileAccess ?? []).map((l) => `${JSON.stringify(fileAccessLine(ctx, l))}\n`).join("");
  const dir = requireSessionDir(ctx, sessionId);
  const accessPath = access === "" ? null : logPath(dir, "file-access");
  return withLock(
    join(dir, LOGS_LOCK),
    () => {
      if (accessPath !== null) appendLinesLocked(accessPath, Buffer.from(access), ctx.fsync);
      return lines === ""
        ? 0
        : appendLinesLocked(join(dir, EVENTS_LOG), Buffer.from(lines), ctx.fsync, headerLine());
    },
    ctx.lock,
  );
}
