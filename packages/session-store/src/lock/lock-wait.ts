import { existsSync, lstatSync } from "node:fs";
import { join } from "node:path";
import { LockTimeoutError } from "../errors/lock-timeout-error.js";
import { isStale, type LockOwner, readOwner, takeOverStale, tryCreate } from "./lock-owner.js";
import {
  dequeue,
  enqueue,
  queueDirOf,
  queueEmpty,
  readQueue,
  removeTicket,
  type Ticket,
  ticketAlive,
  ticketName,
} from "./lock-queue.js";

// How a waiter gets the lock, first come first served (see lock-queue.ts for the line):
//
// - Nobody waiting: try at once (one link(2)); the uncontended path costs what it always did.
// - Otherwise join the line. Only the first ticket may try the lock. It polls the lock file
//   (one lstat) every 0.5 ms while the holder is fresh, backing off to 2 ms and then 10 ms
//   for long holds, takes it the moment it is free (re-reading the line first, in case an
//   earlier arrival slipped in), or takes it over when the holder died. A waiter behind it
//   watches only the ticket right ahead (one stat; 1, 2, 4 … 16 ms apart the further back
//   it stands), re-reads the line when that ticket goes, and removes it when its process
//   died (checked every 20 ms).
// - A first-in-line waiter that is alive but does not move (stopped with SIGSTOP, say) would
//   block the line: when the lock has been free for SKIP_STUCK_MS while it stays first, the
//   waiter behind it takes the lock instead. Fairness degrades; the wait stays bounded.
// - Every waiter gives up after `timeoutMs` (LockTimeoutError) and removes its ticket;
//   `timeoutMs: 0` is a try-lock (free or stale lock and nobody in line, else at once).
//
// The lock file alone gives mutual exclusion; the line decides only who tries it.

export interface WaitOptions {
  timeoutMs: number;
  staleMs: number;
}

const STALE_CHECK_MS = 10;
const ALIVE_CHECK_MS = 20;
const SKIP_STUCK_MS = 250;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Block the thread for `ms` without spinning. */
export function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** The lock file's inode (it changes with every holder), or null when the lock is free. */
function lockIno(lockPath: string): number | null {
  try {
    return lstatSync(lockPath).ino;
  } catch {
    return null;
  }
}

/** Take the lock if it is free or stale; the owners taken over, or null when it is held. */
function tryTake(lockPath: string, owner: LockOwner, staleMs: number): LockOwner[] | null {
  owner.acquired_at = Date.now();
  if (tryCreate(lockPath, owner)) return [];
  const holder = readOwner(lockPath);
  return isStale(holder, lockPath, staleMs) ? takeOverStale(lockPath, holder, staleMs, owner) : null;
}

/** Wait in line for the lock at `lockPath`; returns the stale owners taken over (usually none). */
export function waitForLock(lockPath: string, owner: LockOwner, options: WaitOptions): LockOwner[] {
  const arrival = process.hrtime.bigint();
  const queueDir = queueDirOf(lockPath);
  if (queueEmpty(queueDir)) {
    const taken = tryTake(lockPath, owner, options.staleMs);
    if (taken !== null) return taken;
  }
  if (options.timeoutMs <= 0) {
    // A try-lock: never waits, and never jumps a line that has formed.
    throw new LockTimeoutError(lockPath, 0, readOwner(lockPath) ?? { waiting: "others are in line" });
  }
  const ticket = ticketName(arrival);
  enqueue(queueDir, ticket);
  try {
    return inLine(lockPath, owner, options, queueDir, ticket);
  } finally {
    dequeue(queueDir, ticket);
  }
}

/** Poll interval for a waiter: first in line by how long the holder has held; others by place. */
function pauseFor(place: number, heldMs: number): number {
  if (place === 0) return heldMs < 20 ? 0.5 : heldMs < 200 ? 2 : 10;
  return Math.min(2 ** (place - 1), 16);
}

function inLine(
  lockPath: string,
  owner: LockOwner,
  { timeoutMs, staleMs }: WaitOptions,
  queueDir: string,
  ticket: string,
): LockOwner[] {
  const start = Date.now();
  let lastStaleCheck = 0;
  let lastAliveCheck = 0;
  let seenIno: number | null = null;
  let heldSince = start;
  let freeSince: number | null = null;
  let place = -1;
  let ahead = null as Ticket | null;
  const reread = (): void => {
    let line = readQueue(queueDir);
    place = line.findIndex((t) => t.name === ticket);
    while (place < 0) {
      enqueue(queueDir, ticket); // removed by mistake (a recycled pid looked dead): same place back
      line = readQueue(queueDir);
      place = line.findIndex((t) => t.name === ticket);
    }
    ahead = place > 0 ? (line[place - 1] as Ticket) : null;
    lastAliveCheck = 0;
  };
  reread();
  for (;;) {
    const now = Date.now();
    // The lock: the first in line always looks; the second only to notice a stuck first.
    if (place <= 1) {
      const ino = lockIno(lockPath);
      freeSince = ino === null ? (freeSince ?? now) : null;
      if (ino !== null && ino !== seenIno) {
        seenIno = ino;
        heldSince = now; // a new holder
      }
    }
    const skipStuck = place === 1 && freeSince !== null && now - freeSince >= SKIP_STUCK_MS;
    if (place === 0 || skipStuck) {
      if (freeSince !== null || now - lastStaleCheck >= STALE_CHECK_MS) {
        if (freeSince !== null && !skipStuck) reread(); // an earlier arrival may have slipped in
        if (place === 0 || skipStuck) {
          lastStaleCheck = now;
          const taken = tryTake(lockPath, owner, staleMs);
          if (taken !== null) return taken;
        }
      }
    } else if (ahead !== null) {
      // Behind someone: wait for their ticket to go; remove it if its process died.
      if (!existsSync(join(queueDir, ahead.name))) {
        reread();
        continue;
      }
      if (now - lastAliveCheck >= ALIVE_CHECK_MS) {
        lastAliveCheck = now;
        if (!ticketAlive(queueDir, ahead, staleMs)) {
          removeTicket(queueDir, ahead.name);
          reread();
          continue;
        }
      }
    }
    const waited = Date.now() - start;
    if (waited >= timeoutMs) {
      const holder = readOwner(lockPath);
      throw new LockTimeoutError(lockPath, waited, holder ?? { waiting_ahead: place });
    }
    const heldMs = freeSince !== null ? 0 : Date.now() - heldSince;
    sleepSync(Math.min(pauseFor(place, heldMs), timeoutMs - waited));
  }
}
