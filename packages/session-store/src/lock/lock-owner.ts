import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { FILE_MODE } from "../paths.js";
import { processAlive, SELF_START } from "../process-alive.js";
import { randomHex } from "../random-id.js";

// The owner record a lock file holds, and the two ways a record reaches a lock path:
// link(2) of a complete temp file (create only if absent) and rename(2) of one over a
// stale lock (take-over). Either way the path never holds half a record.

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
  acquired_at: number;
  /** Process start time (Linux clock ticks since boot): detects a recycled pid. */
  start?: string;
  /** What the holder said it was doing (any JSON), for whoever has to clean up after it. */
  intent?: unknown;
  /**
   * Owners of stale locks this holder took over (nearest first). Kept in the record so a
   * repair interrupted by another kill is handed on to the next holder.
   */
  recovered?: LockOwner[];
}

export const HOST = hostname();
/** A chain of crashed holders longer than this is cut (oldest dropped). */
const MAX_RECOVERED = 32;

export function newOwner(intent?: unknown): LockOwner {
  const owner: LockOwner = {
    pid: process.pid,
    host: HOST,
    token: randomHex(24),
    acquired_at: 0,
  };
  if (SELF_START !== undefined) owner.start = SELF_START;
  if (intent !== undefined) owner.intent = intent;
  return owner;
}

export function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as LockOwner;
    return typeof parsed?.token === "string" ? parsed : null;
  } catch {
    return null;
  }
}

function fileAgeMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

export function isStale(owner: LockOwner | null, lockPath: string, staleMs: number): boolean {
  if (owner === null) {
    // Unreadable owner record: our own writes are atomic (a complete file is linked or
    // renamed in), so this is foreign debris. Stale only once it has aged a little.
    return fileAgeMs(lockPath) > 1000;
  }
  if (Date.now() - owner.acquired_at > staleMs) return true;
  return owner.host === HOST && !processAlive(owner.pid, owner.start);
}

export function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

export function safeUnlinkIfToken(path: string, token: string | null): void {
  if ((readOwner(path)?.token ?? null) === token) unlinkQuietly(path);
}

function writeTemp(path: string, owner: LockOwner): string {
  const tmp = `${path}.${owner.token}.tmp`;
  writeFileSync(tmp, JSON.stringify(owner), { mode: FILE_MODE });
  return tmp;
}

/** Create `path` holding `owner`, atomically and only if absent. */
export function tryCreate(path: string, owner: LockOwner): boolean {
  const tmp = writeTemp(path, owner);
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  } finally {
    unlinkQuietly(tmp);
  }
}

/** The chain a new holder inherits from the stale owner it replaces (nearest first, flat). */
export function inheritedFrom(stale: LockOwner | null): LockOwner[] {
  if (stale === null) return [];
  const { recovered = [], ...self } = stale;
  return [self, ...recovered.map(({ recovered: _r, ...o }) => o)].slice(0, MAX_RECOVERED);
}

/**
 * Replace a stale lock with `owner`'s record in one rename(2), so the process that found
 * it stale is the one that holds the lock next (nobody can slip in between break and take).
 * The guard `<lock>.break` serializes breakers; the token is re-checked under it. Returns
 * the owners taken over (empty for record-less debris), or null when the lock was not
 * taken (guard busy, or the lock changed meanwhile).
 */
export function takeOverStale(
  lockPath: string,
  seen: LockOwner | null,
  staleMs: number,
  owner: LockOwner,
): LockOwner[] | null {
  const guard = `${lockPath}.break`;
  const breaker = newOwner();
  breaker.acquired_at = Date.now();
  if (!tryCreate(guard, breaker)) {
    const guardOwner = readOwner(guard);
    if (isStale(guardOwner, guard, Math.min(staleMs, 5000)))
      safeUnlinkIfToken(guard, guardOwner?.token ?? null);
    return null;
  }
  try {
    const now = readOwner(lockPath);
    if ((now?.token ?? null) !== (seen?.token ?? null) || !isStale(now, lockPath, staleMs)) return null;
    const recovered = inheritedFrom(now);
    owner.acquired_at = Date.now();
    if (recovered.length > 0) owner.recovered = recovered;
    else delete owner.recovered;
    const tmp = writeTemp(lockPath, owner);
    try {
      renameSync(tmp, lockPath);
    } catch (err) {
      unlinkQuietly(tmp);
      throw err;
    }
    return recovered;
  } finally {
    safeUnlinkIfToken(guard, breaker.token);
  }
}
