import type { CliIO } from "../io.js";
import type { JobEvent } from "../job/job.js";
import { formatBytes, warnings } from "./format.js";

export type ProgressRenderer = ((e: JobEvent | { type: "finish" }) => void) & {
  /** Erase the bar (before printing anything else on stderr). */
  clear(): void;
};

/**
 * Progress on stderr: a bar redrawn in place on a terminal (advancing as sessions are
 * staged or planned, before their batch is committed), otherwise one line per session that
 * was written, skipped or failed (sessions already migrated stay quiet, so a second run
 * prints nothing here; a dry run prints no per-session lines). With --json, only the bar,
 * and only on a terminal.
 */
export function progressRenderer(io: CliIO, json: boolean): ProgressRenderer {
  const bar = io.stderrIsTTY;
  let drawn = false;
  let done = 0;
  const clear = () => {
    if (drawn) io.stderr("\r\x1b[2K");
    drawn = false;
  };
  const draw = (index: number, total: number, label: string) => {
    done = Math.max(done, index + 1);
    const width = Math.max(10, Math.min(30, io.columns - 50));
    const filled = Math.round((done / total) * width);
    const text = label.slice(0, Math.max(0, io.columns - width - 20));
    io.stderr(`\r\x1b[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${text}`);
    drawn = true;
  };
  const onEvent = (e: JobEvent | { type: "finish" }) => {
    if (e.type === "backup") {
      if (json && !bar) return;
      clear();
      io.stderr(`run ${e.runId}: backed up ${e.files} legacy files (${formatBytes(e.bytes)})\n`);
    } else if (e.type === "planned") {
      if (bar) draw(e.index, e.total, `reading ${e.sessionId}`);
    } else if (e.type === "staged" || e.type === "session") {
      const label =
        e.type === "staged" ? `writing ${e.sessionId}` : `${e.outcome.status} ${e.outcome.sessionId}`;
      if (bar) draw(e.index, e.total, label);
      else if (!json && e.type === "session" && e.outcome.status !== "already-migrated") {
        const o = e.outcome;
        const w = warnings(o.problems);
        const tail = [o.reason, w > 0 ? `${w} warning(s)` : null].filter(Boolean).join("; ");
        io.stderr(`${o.status.padEnd(9)} ${o.sessionId}${tail ? `  (${tail})` : ""}\n`);
      }
    } else if (e.type === "finish") clear();
  };
  return Object.assign(onEvent, { clear });
}
