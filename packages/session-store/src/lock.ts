import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { LockTimeoutError } from "./errors/lock-timeout-error.js";
import { FILE_MODE } from "./paths.js";

// A cross-process mutex on one file path, without native addons.
//
// Acquire: write the owner record to a private temp file, then link(2) it to the lock
// path. link is atomic and fails with EEXIST when the lock is held, so the lock file is
// never seen half-written. Release: unlink, but only if the file still carries our token.
//
// Stale recovery: a lock whose owner process is gone (same host: kill(pid, 0) → ESRCH) or
// that is older than `staleMs` is broken. Breakers serialize on `<lock>.break` and
// re-check the token under it, so a freshly taken lock is never removed by mistake.

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
}

const HOST = hostname();
const sleeper = new Int32Array(new SharedArrayBuffer(4));

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

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isStale(owner: LockOwner | null, lockPath: string, staleMs: number): boolean {
  if (owner === null) {
    // Unreadable owner record: our own writes are atomic (link of a complete file), so
    // this is foreign debris. Treat as stale only once it has aged a little.
    return fileAgeMs(lockPath) > 1000;
  }
  if (Date.now() - owner.acquired_at > staleMs) return true;
  return owner.host === HOST && !processAlive(owner.pid);
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

function breakStale(lockPath: string, seen: LockOwner | null, staleMs: number): void {
  const guard = `${lockPath}.break`;
  const me: LockOwner = { pid: process.pid, host: HOST, token: randomBytes(8).toString("hex"), acquired_at: Date.now() };
  const tmp = `${guard}.${me.token}.tmp`;
  writeFileSync(tmp, JSON.stringify(me), { mode: FILE_MODE });
  try {
    if (!tryLink(tmp, guard)) {
      const guardOwner = readOwner(guard);
      if (guardOwner && isStale(guardOwner, guard, Math.min(staleMs, 5000))) safeUnlinkIfToken(guard, guardOwner.token);
      return;
    }
    try {
      const now = readOwner(lockPath);
      const sameLock = (now?.token ?? null) === (seen?.token ?? null);
      if (sameLock && isStale(now, lockPath, staleMs)) {
        try {
          unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      }
    } finally {
      safeUnlinkIfToken(guard, me.token);
    }
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* ignore */
    }
  }
}

function safeUnlinkIfToken(path: string, token: string): void {
  const owner = readOwner(path);
  if (owner?.token === token) {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
}

/** A held lock; `release()` is idempotent. */
export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  release(): void;
}

/** Take the lock at `lockPath`, waiting (bounded) and recovering stale locks. */
export function acquireLock(lockPath: string, options: LockOptions = {}): HeldLock {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const owner: LockOwner = { pid: process.pid, host: HOST, token: randomBytes(12).toString("hex"), acquired_at: 0 };
  const tmp = `${lockPath}.${owner.token}.tmp`;
  const start = Date.now();
  let delay = 1;
  try {
    for (;;) {
      owner.acquired_at = Date.now();
      writeFileSync(tmp, JSON.stringify(owner), { mode: FILE_MODE });
      if (tryLink(tmp, lockPath)) break;
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
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* ignore */
    }
  }
  let released = false;
  return {
    path: lockPath,
    owner: { ...owner },
    release() {
      if (released) return;
      released = true;
      safeUnlinkIfToken(lockPath, owner.token);
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
