// The client's side of the helper protocol (protocol.ts): hand a request over and wait for
// the answer, or say why the client must do the work itself.
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import {
  BACKOFF,
  coreIdentity,
  type Fallback,
  FIFO,
  isOwnDir,
  QUEUE,
  type RequestHeader,
  readHelperState,
  unlinkQuietly,
} from "./protocol.js";

const sleeper = new Int32Array(new SharedArrayBuffer(4));
export const nap = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

export interface AskOptions {
  /** The helper directory: `<root>/.rlm-hookd`, `<root>/.rlm-repld`. */
  dir: string;
  /** The sessions root the client resolved (the helper checks that it serves this one). */
  root: string;
  /** The core bundle this client would load: its identity goes into the request. */
  corePath: string;
  /** The variables the helper must run the request with (already filtered: forwardedEnv). */
  env: NodeJS.ProcessEnv;
  body: Buffer;
  extra?: Record<string, unknown>;
  /** At most this many requests wait for the helper; more are done by their clients. */
  maxQueue: number;
  /** How long clients leave a helper alone after it did not take a request in time. */
  backoffMs: number;
  /** A request not claimed within this is taken back (and the helper left alone for backoffMs). */
  unclaimedMs: number;
  /**
   * Up to this much longer while the helper is visibly at work (default 0): its process
   * runnable, or a request ahead of this one claimed or finished. A slow helper (a burst on
   * a busy machine, a lock held by another process) is waited for; a stopped or wedged one
   * is not.
   */
  unclaimedGraceMs?: number;
  /** A claimed request gets this much longer to be answered. */
  claimedMs: number;
}

export type Outcome<R> =
  /** `tail`: the raw bytes the helper sent after its reply (empty when none). */
  | { kind: "answered"; reply: R; tail: Buffer }
  /** No helper reads the fifo (never started, exited, killed): start one. */
  | { kind: "absent" }
  /** A helper of another build answered, the queue was full, it was too slow: do it here. */
  | { kind: "declined"; why: string; log?: boolean }
  /** The helper claimed the request and never answered: it may or may not have done it. */
  | { kind: "lost"; why: string };

/** Hand `o.body` to the helper in `o.dir` and wait for its answer. */
export function ask<R extends object>(o: AskOptions): Outcome<R> {
  const { dir } = o;
  // a helper that lately did not take a request in time is left alone for a while
  const backoff = statSync(join(dir, BACKOFF), { throwIfNoEntry: false });
  if (backoff !== undefined && Date.now() - backoff.mtimeMs < o.backoffMs)
    return { kind: "declined", why: "backoff" };
  let fifo: number;
  try {
    // ENOENT (no helper yet) or ENXIO (nobody reads it): no helper. Never blocks.
    fifo = openSync(join(dir, FIFO), constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return { kind: "absent" };
  }
  // One helper is one thread: when requests arrive faster than it serves them (a burst of
  // parallel tool calls on a busy machine), the ones that would queue behind several others
  // are done by their clients instead, so a burst is spread over the cores as without one.
  const ahead = queueEntries(join(dir, QUEUE));
  const queued = ahead.length;
  if (queued >= o.maxQueue) {
    closeSync(fifo);
    return { kind: "declined", why: `busy: ${queued} queued` };
  }
  const name = `${process.pid}-${Math.random().toString(36).slice(2, 12) || "0"}`;
  const base = join(dir, QUEUE, name);
  try {
    if (!fstatSync(fifo).isFIFO()) return { kind: "absent" };
    // requests go only into real directories of ours, never through a symlink elsewhere
    for (const d of [dir, join(dir, QUEUE)])
      if (!isOwnDir(d)) return { kind: "declined", why: `${d}: not ours` };
    const header: RequestHeader = {
      v: 1,
      core: coreIdentity(o.corePath),
      root: o.root,
      cwd: process.cwd(),
      env: o.env,
      ...(o.extra === undefined ? {} : { extra: o.extra }),
    };
    writeFileSync(`${base}.req`, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), o.body]), {
      flag: "wx",
      mode: 0o600,
    });
    try {
      writeSync(fifo, `${name}\n`);
    } catch (err) {
      // EAGAIN: 64 KiB of announcements queued (a stuck helper); EPIPE: it just exited
      unlinkQuietly(`${base}.req`);
      const code = (err as NodeJS.ErrnoException).code;
      return code === "EPIPE" ? { kind: "absent" } : { kind: "declined", why: `fifo: ${code}` };
    }
  } catch (err) {
    unlinkQuietly(`${base}.req`);
    return {
      kind: "declined",
      why: `request: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    };
  } finally {
    closeSync(fifo);
  }
  return awaitReply<R>(dir, base, o, ahead);
}

/** Requests waiting for or in the helper's hands (`.req`, `.work`). */
function queueEntries(queue: string): string[] {
  try {
    return readdirSync(queue).filter((f) => !f.endsWith(".out") && !f.endsWith(".tmp"));
  } catch {
    return []; // no queue directory: the request cannot be written either, and says so
  }
}

/**
 * The scheduler state of `pid` (`R` runnable, `S` sleeping, `D` in I/O, `T` stopped, `Z`
 * gone…) from /proc/<pid>/stat, or null where there is no /proc (not Linux) or no such pid.
 */
function processState(pid: number | null): string | null {
  if (pid === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    return stat.charAt(stat.lastIndexOf(")") + 2) || null; // after "pid (comm) "
  } catch {
    return null;
  }
}

/**
 * Whether the helper is slow rather than stuck: not stopped, and either wanting the CPU or
 * disk (`R`, `D`) or through with a request that was ahead of this one, or holding one (this
 * one's `.req` is still there when asked, so a `.work` is another's, or this one just claimed).
 */
function helperAtWork(dir: string, pid: number | null, ahead: readonly string[]): boolean {
  const state = processState(pid);
  if (state !== null && "TtZXx".includes(state)) return false;
  if (state === "R" || state === "D") return true;
  const now = new Set(queueEntries(join(dir, QUEUE)));
  if (ahead.some((f) => !now.has(f))) return true; // claimed or answered since this one was queued
  for (const f of now) if (f.endsWith(".work")) return true;
  return false;
}

/** The helper's pid (helper.json), or null when it cannot be read. */
function helperPid(dir: string): number | null {
  const pid = readHelperState(dir)?.pid;
  return Number.isInteger(pid) && (pid as number) > 0 ? (pid as number) : null;
}

/** False only when `pid` is known and gone. */
function alive(pid: number | null): boolean {
  if (pid === null) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Poll for `<base>.out`. While the request is unclaimed it can be taken back (unlink
 * `.req`) and done here instead; once claimed (`.work`) it is the helper's, unless the
 * helper dies, in which case the client takes `.work` back. So a request is done once, by
 * exactly one of the two, except when a helper dies after doing it and before answering.
 */
function awaitReply<R extends object>(
  dir: string,
  base: string,
  o: AskOptions,
  ahead: readonly string[],
): Outcome<R> {
  const pid = helperPid(dir);
  const start = Date.now();
  // unclaimed until `deadline`, pushed on (up to `graceEnd`) while the helper is at work
  let deadline = start + o.unclaimedMs;
  const graceEnd = deadline + Math.max(0, o.unclaimedGraceMs ?? 0);
  let nextAliveCheck = start + 50;
  for (let pause = 0.1; ; pause = Math.min(pause * 1.5, 2)) {
    if (existsSync(`${base}.out`)) {
      try {
        // one JSON line, then the tail's bytes
        const bytes = readFileSync(`${base}.out`);
        const nl = bytes.indexOf(10);
        const reply = JSON.parse(bytes.toString("utf8", 0, nl < 0 ? bytes.length : nl)) as R | Fallback;
        unlinkQuietly(`${base}.out`);
        return "fallback" in reply
          ? { kind: "declined", why: String(reply.fallback) }
          : { kind: "answered", reply, tail: nl < 0 ? Buffer.alloc(0) : bytes.subarray(nl + 1) };
      } catch {
        // renamed into place, so complete: a read error is a vanished file; look again
      }
    }
    const now = Date.now();
    if (now >= nextAliveCheck) {
      nextAliveCheck = now + 100;
      if (!alive(pid)) {
        if (unlinkQuietly(`${base}.req`)) return { kind: "absent" };
        // claimed by a helper that died: take the request back (unless it answered meanwhile)
        if (!existsSync(`${base}.out`) && unlinkQuietly(`${base}.work`)) return { kind: "absent" };
      }
    }
    if (now >= deadline && existsSync(`${base}.req`)) {
      if (now < graceEnd && helperAtWork(dir, pid, ahead)) deadline = Math.min(now + 100, graceEnd);
      else if (unlinkQuietly(`${base}.req`)) {
        backOff(dir);
        return { kind: "declined", why: `not taken in ${deadline - start} ms`, log: true };
      }
    }
    if (now >= deadline + o.claimedMs)
      return { kind: "lost", why: `claimed, no answer in ${now - start} ms` };
    nap(pause);
  }
}

/** Clients leave the helper alone for a while (backoffMs from now). */
function backOff(dir: string): void {
  try {
    writeFileSync(join(dir, BACKOFF), `${process.pid}\n`, { mode: 0o600 });
  } catch {
    // only an optimisation
  }
}
