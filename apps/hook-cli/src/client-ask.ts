// The client's side of the helper protocol (helper-protocol.ts): hand an event over and
// wait for the answer, or say why the client must record it itself.
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
  BACKOFF_MS,
  coreIdentity,
  FIFO,
  forwardedEnv,
  HELPER_DIR,
  isOwnDir,
  QUEUE,
  type Reply,
  type RequestHeader,
  readHelperState,
  unlinkQuietly,
} from "./helper-protocol.js";

/** At most this many requests wait for the helper (RLM_HOOK_HELPER_QUEUE overrides); more are recorded in-process. */
const MAX_QUEUE = 3;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
export const nap = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** Milliseconds from env, else the default (a bad value is the default). */
export function msFrom(value: string | undefined, fallback: number): number {
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export type Outcome =
  | { kind: "answered"; stdout: string; event: string | null }
  /** No helper reads the fifo (never started, exited, killed): start one. */
  | { kind: "absent" }
  /** A helper of another build answered, the queue was full, it was too slow: record here. */
  | { kind: "declined"; why: string; log?: boolean }
  /** The helper claimed the request and never answered: the event may be lost. */
  | { kind: "lost"; why: string };

/** Hand `bytes` to the helper of `root` and wait for its answer. */
export function ask(root: string, bytes: Buffer, env: NodeJS.ProcessEnv, corePath: string): Outcome {
  const dir = join(root, HELPER_DIR);
  // a helper that lately did not take a request in time is left alone for a while
  const backoff = statSync(join(dir, BACKOFF), { throwIfNoEntry: false });
  if (
    backoff !== undefined &&
    Date.now() - backoff.mtimeMs < msFrom(env.RLM_HOOK_HELPER_BACKOFF_MS, BACKOFF_MS)
  )
    return { kind: "declined", why: "backoff" };
  let fifo: number;
  try {
    // ENOENT (no helper yet) or ENXIO (nobody reads it): no helper. Never blocks.
    fifo = openSync(join(dir, FIFO), constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return { kind: "absent" };
  }
  // One helper is one thread: when events arrive faster than it records them (a burst of
  // parallel tool calls on a busy machine), the ones that would queue behind several others
  // are recorded here instead, so a burst is spread over the cores as it was without one.
  const queued = queueLength(join(dir, QUEUE));
  if (queued >= msFrom(env.RLM_HOOK_HELPER_QUEUE, MAX_QUEUE)) {
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
      core: coreIdentity(corePath),
      root,
      cwd: process.cwd(),
      env: forwardedEnv(env),
    };
    writeFileSync(`${base}.req`, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes]), {
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
  return awaitReply(dir, base, bytes, env);
}

/** Requests waiting for or in the helper's hands (`.req`, `.work`). */
function queueLength(queue: string): number {
  let n = 0;
  try {
    for (const f of readdirSync(queue)) if (!f.endsWith(".out") && !f.endsWith(".tmp")) n++;
  } catch {
    // no queue directory: the request cannot be written either, and says so
  }
  return n;
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
 * `.req`) and recorded here instead; once claimed (`.work`) it is the helper's, unless the
 * helper dies, in which case the client takes `.work` back. So an event is recorded once,
 * by exactly one of the two, except when a helper dies after writing and before answering.
 */
function awaitReply(dir: string, base: string, bytes: Buffer, env: NodeJS.ProcessEnv): Outcome {
  const sessionEnd = bytes.includes('"hook_event_name":"SessionEnd"');
  // A helper takes a request within milliseconds (at most 3 wait); one that does not within
  // 0.5 s is stuck (a lock held elsewhere, a huge payload, stopped). Claude Code gives all
  // SessionEnd hooks 1.5 s together, the plugin's other hooks 5–30 s: the whole wait stays
  // under both (0.3 + 1 s, 0.5 + 2.5 s).
  const waitMs = msFrom(env.RLM_HOOK_HELPER_WAIT_MS, 500);
  const unclaimedMs = sessionEnd ? Math.min(waitMs, 300) : waitMs;
  const claimedMs = sessionEnd ? 1_000 : 2_500;
  const pid = helperPid(dir);
  const start = Date.now();
  let nextAliveCheck = start + 50;
  for (let pause = 0.1; ; pause = Math.min(pause * 1.5, 2)) {
    if (existsSync(`${base}.out`)) {
      try {
        const reply = JSON.parse(readFileSync(`${base}.out`, "utf8")) as Reply;
        unlinkQuietly(`${base}.out`);
        return "stdout" in reply
          ? { kind: "answered", stdout: reply.stdout, event: reply.event }
          : { kind: "declined", why: reply.fallback };
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
    if (now - start >= unclaimedMs && unlinkQuietly(`${base}.req`)) {
      backOff(dir);
      return { kind: "declined", why: `not taken in ${unclaimedMs} ms`, log: true };
    }
    if (now - start >= unclaimedMs + claimedMs)
      return { kind: "lost", why: `claimed, no answer in ${now - start} ms` };
    nap(pause);
  }
}

/** Clients leave the helper alone for a while (BACKOFF_MS from now). */
function backOff(dir: string): void {
  try {
    writeFileSync(join(dir, BACKOFF), `${process.pid}\n`, { mode: 0o600 });
  } catch {
    // only an optimisation
  }
}
