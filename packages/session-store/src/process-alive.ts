import { readFileSync } from "node:fs";

// Liveness of a lock owner on this host. kill(pid, 0) alone is fooled by two things that
// happen in practice: a zombie (killed, not yet reaped) and a recycled pid. On Linux the
// owner record carries the process start time from /proc/<pid>/stat, so both are caught.

/** Start time (clock ticks since boot) and state of `pid` from /proc, or null off Linux. */
function procStat(pid: number): { state: string; start: string } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // comm (field 2) may contain spaces and parentheses: split after the last ')'.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const state = fields[0];
  const start = fields[19];
  return state !== undefined && start !== undefined ? { state, start } : null;
}

/** This process's start time, recorded in lock owner records (undefined off Linux). */
export const SELF_START: string | undefined = procStat(process.pid)?.start;

/** True unless `pid` is certainly gone (exited, zombie, or recycled since `start`). */
export function processAlive(pid: number, start?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const stat = procStat(pid);
  if (stat === null) return true;
  if (stat.state === "Z" || stat.state === "X") return false;
  return start === undefined || stat.start === start;
}
