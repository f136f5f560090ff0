// rlm-hook.cjs: the process Claude Code starts for every hook event. It loads only
// node:fs, node:path and node:os, hands the event to the resident helper of the sessions
// root (which records it with warm code and answers with what to print), and prints the
// answer. No helper, a helper of another build, a full queue or no answer in time: the
// event is recorded right here by the same code (rlm-hook-core.cjs), and a helper is
// started for the next events. Every way out exits 0 (see docs/decisions.md §25).
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import {
  BACKOFF,
  BACKOFF_MS,
  CORE_FILE,
  coreIdentity,
  FIFO,
  forwardedEnv,
  HELPER_DIR,
  type HelperState,
  QUEUE,
  type Reply,
  type RequestHeader,
  resolveRoot,
  SERVE_FLAG,
  START_FAILED,
  START_FAILED_MS,
  STARTING,
  STARTING_STALE_MS,
  STATE_FILE,
} from "./helper-protocol.js";
import { readStdin } from "./read-stdin.js";

interface Core {
  main(argv: string[], stdin?: Buffer): boolean;
  serveHelper(root: string): void;
  logHookError(root: string, entry: { event?: string; code?: string; message: string }): void;
}

const CORE = join(__dirname, CORE_FILE);
/** The core, or (a broken install: the file missing or unreadable) say so on stderr and exit 0. */
function loadCore(): Core {
  try {
    return require(CORE) as Core;
  } catch (err) {
    writeSync(2, `rlm-hook: cannot load ${CORE}: ${(err as Error).message}; the event is not recorded\n`);
    process.exit(0);
  }
}
/** At most this many requests wait for the helper (RLM_HOOK_HELPER_QUEUE overrides); more are recorded in-process. */
const MAX_QUEUE = 3;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const nap = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** Milliseconds from env, else the default (a bad value is the default). */
function msFrom(value: string | undefined, fallback: number): number {
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

type Outcome =
  | { kind: "answered"; stdout: string; event: string | null }
  /** No helper reads the fifo (never started, exited, killed): start one. */
  | { kind: "absent" }
  /** A helper of another build answered, the queue was full, it was too slow: record here. */
  | { kind: "declined"; why: string; log?: boolean }
  /** The helper claimed the request and never answered: the event may be lost. */
  | { kind: "lost"; why: string };

/** Hand `bytes` to the helper of `root` and wait for its answer. */
function ask(root: string, bytes: Buffer, env: NodeJS.ProcessEnv): Outcome {
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
    for (const d of [dir, join(dir, QUEUE)]) {
      const st = lstatSync(d);
      if (!st.isDirectory() || st.uid !== process.getuid?.())
        return { kind: "declined", why: `${d}: not ours` };
    }
    const header: RequestHeader = {
      v: 1,
      core: coreIdentity(CORE),
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

function unlinkQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The helper's pid (helper.json), or null when it cannot be read. */
function helperPid(dir: string): number | null {
  try {
    const { pid } = JSON.parse(readFileSync(join(dir, STATE_FILE), "utf8")) as HelperState;
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
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

/** Start a helper for `root` unless one is starting already, or the last start failed lately. Never throws. */
function startHelper(root: string): void {
  try {
    const dir = join(root, HELPER_DIR);
    const failed = statSync(join(dir, START_FAILED), { throwIfNoEntry: false });
    if (failed !== undefined && Date.now() - failed.mtimeMs < START_FAILED_MS) return;
    try {
      mkdirSync(dir, { mode: 0o700 }); // not -p: the event just recorded made the root
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") return;
    }
    const marker = join(dir, STARTING);
    try {
      writeFileSync(marker, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
    } catch {
      if (Date.now() - statSync(marker).mtimeMs < STARTING_STALE_MS) return;
      const stale = `${marker}.${process.pid}.stale`;
      renameSync(marker, stale); // only one of the clients that found it stale wins the rename
      unlinkSync(stale);
      writeFileSync(marker, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
    }
    // (required here, not at the top: node:child_process loads the stream machinery)
    const { spawn } = require("node:child_process") as typeof import("node:child_process");
    // its own environment: what the handlers read and PATH (for mkfifo), never the rest of
    // the user's (API keys, NODE_OPTIONS) for the helper's whole life
    spawn(process.execPath, [__filename, SERVE_FLAG, root], {
      detached: true,
      stdio: "ignore",
      cwd: dir,
      env: {
        ...forwardedEnv(process.env),
        ...(process.env.PATH === undefined ? {} : { PATH: process.env.PATH }),
      },
    }).unref();
  } catch {
    // a helper is an optimisation: without one, every event is recorded in-process
  }
}

function writeAll(text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(1, bytes, off, bytes.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      nap(1);
    }
  }
}

function main(argv: string[]): void {
  if (argv[0] === SERVE_FLAG && argv[1] !== undefined) {
    loadCore().serveHelper(argv[1]);
    return;
  }
  const inProcess = () => {
    loadCore().main(argv);
  };
  let explicitRoot: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--sessions-dir" && argv[i + 1] !== undefined) explicitRoot = argv[++i];
    else if (a.startsWith("--sessions-dir=")) explicitRoot = a.slice("--sessions-dir=".length);
    else {
      inProcess(); // --json, --explain, --help, --version, a usage error
      return;
    }
  }
  const env = process.env;
  if (env.RLM_REPL_NESTED === "1") return; // a model call of rlm-repl: not the user's session
  if (fstatSync(0).isCharacterDevice() || process.platform === "win32" || env.RLM_HOOK_HELPER === "0") {
    inProcess();
    return;
  }
  const bytes = readStdin();
  const root = resolveRoot(explicitRoot, env);
  const outcome = ask(root, bytes, env);
  // RLM_HOOK_TRACE=1: which way the event went, on stderr (Claude Code's debug log)
  if (env.RLM_HOOK_TRACE === "1")
    writeSync(
      2,
      `rlm-hook: ${outcome.kind === "answered" ? "recorded by the helper" : `${outcome.kind}${"why" in outcome ? ` (${outcome.why})` : ""}`}\n`,
    );
  if (outcome.kind === "answered") {
    if (outcome.stdout === "") return;
    try {
      writeAll(outcome.stdout);
    } catch (err) {
      loadCore().logHookError(root, {
        ...(outcome.event === null ? {} : { event: outcome.event }),
        code: (err as NodeJS.ErrnoException).code ?? "ERR_UNEXPECTED",
        message: `stdout could not be written: ${(err as Error).message}`,
      });
    }
    return;
  }
  const core = loadCore();
  if (outcome.kind === "declined" && outcome.log === true)
    core.logHookError(root, {
      code: "ERR_RLM_HELPER",
      message: `the resident helper did not take the event (${outcome.why}): recorded in-process; clients leave it alone for ${msFrom(env.RLM_HOOK_HELPER_BACKOFF_MS, BACKOFF_MS)} ms`,
    });
  if (outcome.kind === "lost") {
    core.logHookError(root, {
      code: "ERR_RLM_HELPER",
      message: `the resident helper took the event and did not answer (${outcome.why}); it may not be recorded`,
    });
    return;
  }
  const recorded = core.main(argv, bytes);
  if (recorded && (outcome.kind === "absent" || outcome.why === "stale")) startHelper(root);
}

main(process.argv.slice(2));
