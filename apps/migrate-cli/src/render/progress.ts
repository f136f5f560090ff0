import type { MigrationEvent } from "@rlm/migrate";
import type { CliIO } from "../io.js";
import { formatBytes, warnings } from "./format.js";

/**
 * Progress on stderr: a bar redrawn in place on a terminal (advancing as sessions are
 * staged, before their batch is committed), otherwise one line per
 * session that was written, skipped or failed (sessions already migrated stay quiet, so
 * a second run prints nothing here). With --json, only the bar, and only on a terminal.
 */
export function progressRenderer(io: CliIO, json: boolean): (e: MigrationEvent) => void {
  const bar = io.stderrIsTTY;
  let drawn = false;
  let done = 0;
  const clear = () => {
    if (drawn) io.stderr("\r\x1b[2K");
    drawn = false;
  };
  return (e) => {
    if (e.type === "backup") {
      if (json && !bar) return;
      clear();
      io.stderr(`run ${e.runId}: backed up ${e.files} legacy files (${formatBytes(e.bytes)})\n`);
    } else if (e.type === "staged" || e.type === "session") {
      const label =
        e.type === "staged" ? `writing ${e.sessionId}` : `${e.outcome.status} ${e.outcome.sessionId}`;
      if (bar) {
        done = Math.max(done, e.index + 1);
        const width = Math.max(10, Math.min(30, io.columns - 50));
        const filled = Math.round((done / e.total) * width);
        const text = label.slice(0, Math.max(0, io.columns - width - 20));
        io.stderr(`\r\x1b[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${e.total} ${text}`);
        drawn = true;
      } else if (!json && e.type === "session" && e.outcome.status !== "already-migrated") {
        const o = e.outcome;
        const w = warnings(o.problems);
        const tail = [o.reason, w > 0 ? `${w} warning(s)` : null].filter(Boolean).join("; ");
        io.stderr(`${o.status.padEnd(9)} ${o.sessionId}${tail ? `  (${tail})` : ""}\n`);
      }
    } else if (e.type === "finish") clear();
  };
}
