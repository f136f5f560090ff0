import { assertJsonValue } from "@rlm/session-schema/core";
import { LockReentryError } from "../errors/lock-reentry-error.js";
import { type LockOwner, newOwner, safeUnlinkIfToken, unlinkQuietly } from "./lock-owner.js";
import { waitForLock } from "./lock-wait.js";

// A cross-process mutex on one file path, without native addons.
//
// Acquire: write the owner record to a private temp file, then link(2) it to the lock
// path. link is atomic and fails with EEXIST when the lock is held, so the lock file is
// never seen without its owner record — even when the process is killed in between
// (measured: creating with O_EXCL and then writing leaves a record-less lock in ~4% of
// random SIGKILLs, because the write can wait on a journal commit). Release: unlink.
//
// Stale recovery: a lock whose owner process is gone (same host: dead, zombie, or pid
// recycled — see process-alive.ts) or that is older than `staleMs` is taken over: the
// waiter that finds it stale renames its own record over it (under the `<lock>.break`
// guard, after re-checking the token), so it holds the lock next and learns whose work
// was interrupted (`HeldLock.recovered`, with each owner's `intent`). (A breaker that dies
// holding `<lock>.break` is itself recovered the same way; only two breakers racing on a
// dead *guard* can still collide — that needs two crashes at once and is accepted.)
//
// Waiting: first come, first served, through a line of ticket files beside the lock (see
// lock-wait.ts and lock-queue.ts), bounded by `timeoutMs`.
//
// Re-entry: taking a lock this thread already holds fails at once (LockReentryError)
// instead of waiting out the timeout.

export type { LockOwner } from "./lock-owner.js";

export interface LockOptions {
  /** Give up after this long (bounded wait). Default 10 s. */
  timeoutMs?: number;
  /** A held lock older than this is considered abandoned even if its pid looks alive. Default 30 s. */
  staleMs?: number;
}

export interface AcquireOptions extends LockOptions {
  /**
   * What this holder is about to do (any JSON value), stored in the owner record. If the
   * process dies holding the lock, the next holder gets it back in `recovered[i].intent`
   * and can finish or undo the work.
   */
  intent?: unknown;
}

export { sleepSync } from "./lock-wait.js";

const heldHere = new Set<string>();

/** A held lock; `release()` is idempotent. */
export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  /**
   * Owner records (with their `intent`) of stale locks this acquisition took over because
   * their holder died (or, on another host, held it longer than `staleMs`), nearest first.
   * A holder that itself died while repairing hands its own list on. Empty normally.
   */
  readonly recovered: LockOwner[];
  release(): void;
  /**
   * The lock file left with its directory (renamed away or removed): stop holding it
   * without touching the path, where a new lock may already live.
   */
  forget(): void;
}

/** Take the lock at `lockPath`, waiting (bounded) and recovering stale locks. */
export function acquireLock(lockPath: string, options: AcquireOptions = {}): HeldLock {
  if (heldHere.has(lockPath)) throw new LockReentryError(lockPath);
  if (options.intent !== undefined) assertJsonValue(options.intent, "lock intent", lockPath);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const owner = newOwner(options.intent);
  const recovered = waitForLock(lockPath, owner, { timeoutMs, staleMs });
  return held(lockPath, owner, recovered, staleMs);
}

function held(lockPath: string, owner: LockOwner, recovered: LockOwner[], staleMs: number): HeldLock {
  heldHere.add(lockPath);
  let released = false;
  return {
    path: lockPath,
    owner: { ...owner },
    recovered,
    release() {
      if (released) return;
      released = true;
      heldHere.delete(lockPath);
      // Held for less than half the stale age: nobody can have broken it (we are alive and
      // it is young), so it is still ours — skip re-reading the owner record.
      if (Date.now() - owner.acquired_at < staleMs / 2) unlinkQuietly(lockPath);
      else safeUnlinkIfToken(lockPath, owner.token);
    },
    forget() {
      released = true;
      heldHere.delete(lockPath);
    },
  };
}

/** Run `fn(held)` while holding the lock at `lockPath`; released when `fn` returns or throws. */
export function withLock<T>(lockPath: string, fn: (held: HeldLock) => T, options?: AcquireOptions): T {
  const lock = acquireLock(lockPath, options);
  try {
    return fn(lock);
  } finally {
    lock.release();
  }
}
