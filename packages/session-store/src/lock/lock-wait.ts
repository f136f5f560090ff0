import { lstatSync } from "node:fs";
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
// - Otherwise join the line. Every look starts with one readdir of the line (where do I
//   stand now?). Only the first ticket may try the lock: it polls the lock file (one lstat)
//   every 0.5 ms (less often for a holder that keeps it long), takes it the moment it is
//   free, or takes it over when the holder died (its record is read every 25 ms; no file
//   is created while the lock is held). Waiters further back look about twice per hold
//   they still have to wait (see pauseFor), and remove the ticket right ahead of them when
//   its process died (checked every 100 ms).
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

const STALE_CHECK_MS = 25;
const ALIVE_CHECK_MS = 100;
const SKIP_STUCK_MS = 250;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Block the thread for `ms` without spinning. */
export function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** The holder as seen by one poll: its inode (new with every holder) and when it took the lock. */
interface HolderSeen {
  ino: number;
  since: number;
}

/**
 * One poll of the lock: null when it is free. The time it was taken comes from the owner
 * record's `acquired_at` (read once per holder; file times are too coarse, ~10 ms here).
 */
function pollHolder(lockPath: string, last: HolderSeen | null): HolderSeen | null {
  let ino: number;
  try {
    ino = lstatSync(lockPath).ino;
  } catch {
    return null;
  }
  if (last !== null && last.ino === ino) return last;
  const at = readOwner(lockPath)?.acquired_at;
  const now = Date.now();
  return { ino, since: typeof at === "number" && at <= now ? at : now };
}

/** Per lock path: how long a hold has lasted lately (ms), as seen by this process's waits. */
const holdEstimates = new Map<string, number>();

/** Take a lock seen held, if its holder is stale: the owners taken over, or null. */
function takeIfStale(lockPath: string, owner: LockOwner, staleMs: number): LockOwner[] | null {
  const holder = readOwner(lockPath);
  return isStale(holder, lockPath, staleMs) ? takeOverStale(lockPath, holder, staleMs, owner) : null;
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
  // No usable line (see enqueue): wait as if always first in it.
  if (!enqueue(queueDir, ticket)) return inLine(lockPath, owner, options, queueDir, null);
  try {
    return inLine(lockPath, owner, options, queueDir, ticket);
  } finally {
    dequeue(queueDir, ticket);
  }
}

/**
 * How long a waiter sleeps between looks. The first in line polls every 0.5 ms (the lock
 * must not sit free while it sleeps: measured, sleeping until the holder is "due" cost more
 * in late hand-offs than it saved), less often for a holder that keeps the lock long. On 2
 * cores every wake-up of a waiter further back is CPU the holder does not get, so those look
 * about twice per hold they still have to wait (`holdMs`: the holds this process has seen).
 */
function pauseFor(place: number, heldMs: number, holdMs: number): number {
  if (place === 0) return heldMs < 200 ? 0.5 : heldMs < 1000 ? 2 : 10;
  // `place` holds at least stand between this waiter and the front: look twice per hold
  // it still has to wait (the second in line so becomes first well before the lock is free).
  return Math.min(Math.max(0.5, ((place - 0.5) * holdMs) / 2), 50);
}

function inLine(
  lockPath: string,
  owner: LockOwner,
  { timeoutMs, staleMs }: WaitOptions,
  queueDir: string,
  ticket: string | null,
): LockOwner[] {
  const start = Date.now();
  let lastStaleCheck = 0;
  let lastAliveCheck = 0;
  let lastStuckCheck = 0;
  let holder: HolderSeen | null = null;
  let heldAt = 0; // when this waiter, first in line, last saw the lock held
  let freeSince: number | null = null;
  let place = -1;
  let ahead = null as Ticket | null;
  const reread = (): void => {
    if (ticket === null) {
      place = 0;
      return;
    }
    let line = readQueue(queueDir);
    place = line.findIndex((t) => t.name === ticket);
    while (place < 0) {
      // removed by mistake (a recycled pid looked dead): same place back; a line that turned
      // unusable meanwhile: wait without it
      if (!enqueue(queueDir, ticket)) {
        place = 0;
        ahead = null;
        return;
      }
      line = readQueue(queueDir);
      place = line.findIndex((t) => t.name === ticket);
    }
    ahead = place > 0 ? (line[place - 1] as Ticket) : null;
  };
  let lastAhead: string | null = null;
  for (;;) {
    const now = Date.now();
    // Where this waiter stands now (one readdir: the line moves whenever anyone ahead leaves).
    reread();
    if (ahead !== null && ahead.name !== lastAhead) {
      lastAhead = ahead.name;
      lastAliveCheck = now; // a new neighbour: check it soon, not at once
    }
    // The lock: the first in line always looks; the second only now and then, to notice a
    // first that does not move.
    const holdMs = holdEstimates.get(lockPath) ?? 5;
    if (place === 0 || (place === 1 && now - lastStuckCheck >= Math.max(holdMs, 10))) {
      lastStuckCheck = now;
      const seen = pollHolder(lockPath, holder);
      if (seen === null && holder !== null && place === 0 && heldAt > 0 && now - heldAt <= 5) {
        // Released between two close polls of ours: it held for about this long. Remember
        // it (per lock path, for every later wait of this process).
        const held = Math.min(Math.max((heldAt + now) / 2 - holder.since, 0.5), 1000);
        holdEstimates.set(lockPath, 0.7 * (holdEstimates.get(lockPath) ?? held) + 0.3 * held);
      }
      freeSince = seen === null ? (freeSince ?? now) : null;
      heldAt = seen !== null && place === 0 ? now : 0;
      holder = seen;
    }
    const skipStuck = place === 1 && freeSince !== null && now - freeSince >= SKIP_STUCK_MS;
    if (place === 0 || skipStuck) {
      if (freeSince !== null) {
        if (place === 0 || skipStuck) {
          const taken = tryTake(lockPath, owner, staleMs);
          if (taken !== null) return taken;
        }
      } else if (now - lastStaleCheck >= STALE_CHECK_MS) {
        // Held: only read its record (creating files here would slow the holder, whose own
        // writes go to the same directory) and take it over if its holder is gone.
        lastStaleCheck = now;
        const taken = takeIfStale(lockPath, owner, staleMs);
        if (taken !== null) return taken;
      }
    } else if (ahead !== null && now - lastAliveCheck >= ALIVE_CHECK_MS) {
      // Behind someone: remove their ticket if their process died.
      lastAliveCheck = now;
      if (!ticketAlive(queueDir, ahead, staleMs)) {
        removeTicket(queueDir, ahead.name);
        continue;
      }
    }
    const waited = Date.now() - start;
    if (waited >= timeoutMs) {
      const record = readOwner(lockPath);
      throw new LockTimeoutError(lockPath, waited, record ?? { waiting_ahead: place });
    }
    const heldMs = holder === null ? 0 : Date.now() - holder.since;
    sleepSync(Math.min(pauseFor(place, heldMs, holdMs), timeoutMs - waited));
  }
}
