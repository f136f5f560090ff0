import { lstatSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DIR_MODE } from "../paths.js";
import { processAlive, SELF_START } from "../process-alive.js";
import { randomHex } from "../random-id.js";
import { HOST } from "./lock-owner.js";

// The waiting line in front of a lock: first come, first served. A waiter that finds the
// lock taken (or others already waiting) adds a ticket to `<dir>/.<lock>.q/`;
// only the waiter whose ticket sorts first may try the lock, and it removes its ticket once
// it holds it. A ticket is an empty directory (one mkdir, no content to write or to mistake
// for a document), and its NAME carries everything needed (arrival time on the system-wide
// monotonic clock, pid, process start time, host), so a waiter never reads a file to order
// the line or to tell that the process ahead of it died: a dead waiter's ticket is removed
// by the one behind it. Mutual exclusion never depends on the queue (the lock file alone
// gives it), so a queue damaged by crashes can only cost fairness, never safety.

export interface Ticket {
  name: string;
  pid: number;
  start: string | undefined;
  host: string;
}

const TICKET = /^(\d{20})-(\d+)-([0-9]+|x)-([0-9a-f]{8})-[0-9a-f]{6}$/;

/** FNV-1a of the host name: 8 hex digits, enough to tell this host from another. */
function hostHash(host: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < host.length; i++) h = Math.imul(h ^ host.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

const HOST_HASH = hostHash(HOST);

/** `<dir>/.<name>.q` for `<dir>/<name>` (a dot-name: never listed as a session, never archived). */
export function queueDirOf(lockPath: string): string {
  const name = basename(lockPath);
  return join(dirname(lockPath), `${name.startsWith(".") ? "" : "."}${name}.q`);
}

/** A ticket name for a waiter that arrived at `arrivalNs` (process.hrtime.bigint()). */
export function ticketName(arrivalNs: bigint): string {
  return `${arrivalNs.toString().padStart(20, "0")}-${process.pid}-${SELF_START ?? "x"}-${HOST_HASH}-${randomHex(6)}`;
}

function parse(name: string): Ticket | null {
  const m = TICKET.exec(name);
  if (m === null) return null;
  return { name, pid: Number(m[2]), start: m[3] === "x" ? undefined : m[3], host: m[4] as string };
}

/** Waiting tickets, first in line first. */
export function readQueue(queueDir: string): Ticket[] {
  let names: string[];
  try {
    names = readdirSync(queueDir);
  } catch {
    return [];
  }
  const out: Ticket[] = [];
  for (const n of names.sort()) {
    const t = parse(n);
    if (t !== null) out.push(t);
  }
  return out;
}

/** True when nobody waits (the directory is missing or holds no ticket). */
export function queueEmpty(queueDir: string): boolean {
  try {
    return !readdirSync(queueDir).some((n) => TICKET.test(n));
  } catch {
    return true;
  }
}

/**
 * Add (or re-add) this waiter's ticket. False when the line cannot be used: something that
 * is not a real directory (a file, a symlink planted to lead the tickets out of the root)
 * sits where it belongs. The waiter then waits without a line: fairness is lost, never
 * safety (the lock file alone gives mutual exclusion), and nothing is written through it.
 */
export function enqueue(queueDir: string, name: string): boolean {
  for (let attempt = 0; ; attempt++) {
    const st = lstatSync(queueDir, { throwIfNoEntry: false });
    if (st !== undefined && !st.isDirectory()) return false;
    if (st !== undefined) {
      try {
        mkdirSync(join(queueDir, name), { mode: DIR_MODE });
        return true;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "EEXIST") return true;
        if (code !== "ENOENT" || attempt > 100) throw err;
      }
    }
    try {
      mkdirSync(queueDir, { mode: DIR_MODE });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
}

function rmdirQuietly(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    /* already gone, or (the queue directory) others still waiting */
  }
}

/** Remove a ticket (this waiter's, or a dead one's). */
export function removeTicket(queueDir: string, name: string): void {
  rmdirQuietly(join(queueDir, name));
}

/** Remove this waiter's ticket, and the queue directory once nobody waits in it. */
export function dequeue(queueDir: string, name: string): void {
  removeTicket(queueDir, name);
  rmdirQuietly(queueDir);
}

/**
 * Whether the waiter behind a ticket is still there: same host → its process is alive (and
 * its pid not recycled); another host → the ticket is younger than `staleMs`.
 */
export function ticketAlive(queueDir: string, ticket: Ticket, staleMs: number): boolean {
  if (ticket.host !== HOST_HASH) {
    try {
      return Date.now() - statSync(join(queueDir, ticket.name)).mtimeMs < staleMs;
    } catch {
      return false;
    }
  }
  return processAlive(ticket.pid, ticket.start);
}
