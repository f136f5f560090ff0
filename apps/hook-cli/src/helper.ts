// The resident helper: one long-lived process per sessions root that records the events
// the short-lived rlm-hook clients hand it, with warm code (see helper-protocol.ts for the
// files and docs/decisions.md §25 for why). It runs the same runHook a client would run
// in-process, one request at a time, so what reaches the disk is the same either way.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  unlinkSync,
} from "node:fs";
import { Socket } from "node:net";
import { join, resolve } from "node:path";
import { writeFileAtomicSync } from "@rlm/session-store";
import { logHookError } from "./error-log.js";
import {
  coreIdentity,
  FIFO,
  HELPER_DIR,
  type HelperState,
  isOwnDir,
  mkdirIfMissing,
  QUEUE,
  REQUEST_NAME,
  type Reply,
  type RequestHeader,
  readHelperState,
  START_FAILED,
  START_FAILED_MS,
  STARTING,
  STATE_FILE,
  unlinkQuietly,
} from "./helper-protocol.js";
import { runHook } from "./run-hook.js";

/** A helper exits after this long without a request (RLM_HOOK_HELPER_IDLE_MS overrides). */
export const HELPER_IDLE_MS = 15 * 60_000;
/** How often it checks that it is still the root's helper (fifo in place, root not deleted). */
const WATCH_MS = 1_000;
/** Queue files of clients that went away are removed after this long. */
const DEBRIS_MS = 60_000;

/** `client` is a later build than `mine` (identities are "size:mtimeMs:ino"). */
function newerBuild(client: string, mine: string): boolean {
  const mtime = (id: string) => Number(String(id).split(":")[1]);
  return mtime(client) > mtime(mine);
}

/** A fifo at `path` that some process reads (a live helper). */
function fifoHasReader(path: string): boolean {
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW));
    return true;
  } catch {
    return false;
  }
}

/** Create the fifo, unless a live helper already reads one. Returns its inode, or null. */
function claimFifo(fifo: string): number | null {
  for (let attempt = 0; attempt < 3; attempt++) {
    const made = spawnSync("mkfifo", ["-m", "600", fifo], { stdio: "ignore" });
    if (made.status === 0) return statSync(fifo).ino;
    let st: Stats;
    try {
      st = lstatSync(fifo);
    } catch {
      throw Object.assign(new Error("mkfifo failed (not installed, or a filesystem without fifos)"), {
        code: "ERR_RLM_HELPER",
      });
    }
    if (st.isFIFO() && fifoHasReader(fifo)) return null; // another helper serves this root
    unlinkQuietly(fifo); // left by a helper that died
  }
  throw Object.assign(new Error("could not create its fifo (three tries)"), { code: "ERR_RLM_HELPER" });
}

/** Serve `root` until idle, replaced, or the root is gone. Logs its own failures; never throws. */
export function serveHelper(rootArg: string): void {
  const root = resolve(rootArg);
  const dir = join(root, HELPER_DIR);
  const queue = join(dir, QUEUE);
  const fifo = join(dir, FIFO);
  const identity = coreIdentity(__filename);
  const idleMs = Number(process.env.RLM_HOOK_HELPER_IDLE_MS ?? HELPER_IDLE_MS) || HELPER_IDLE_MS;
  // (never logs into a root that is gone: logging would create it again)
  const fail = (message: string) => {
    if (existsSync(root)) logHookError(root, { code: "ERR_RLM_HELPER", message });
  };
  process.umask(0o077);
  const state: HelperState = { pid: process.pid, core: identity, started_at: new Date().toISOString() };
  let ino: number | null = null;
  let fd = -1;
  try {
    // never mkdir -p: a root deleted while this process started (a test's temporary
    // directory, an uninstall) must stay deleted, so the helper just exits
    for (const d of [dir, queue]) {
      mkdirIfMissing(d);
      if (!isOwnDir(d))
        throw Object.assign(new Error(`${d} is not a directory of this user (a symlink?): not used`), {
          code: "ERR_RLM_HELPER",
        });
    }
    ino = claimFifo(fifo);
    if (ino !== null) {
      fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK); // never EOF: we are a writer too
      writeFileAtomicSync(join(dir, STATE_FILE), `${JSON.stringify(state)}\n`, { fsync: false });
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
      fail(
        `the resident helper could not start: ${(err as Error).message}; events are recorded in-process (retried in ${START_FAILED_MS / 60_000} minutes)`,
      );
      // clients do not try again for a while (each try is a node process started)
      try {
        writeFileAtomicSync(join(dir, START_FAILED), `${(err as Error).message}\n`, { fsync: false });
      } catch {
        // the directory itself is the problem
      }
    }
    if (fd >= 0) closeSync(fd);
    return;
  } finally {
    unlinkQuietly(join(dir, STARTING));
  }
  if (ino === null) return;

  let lastRequest = Date.now();
  let stopping = false;
  let pending = "";
  const reader = new Socket({ fd, readable: true, writable: false });

  // Stopping serves nothing more: new clients find no fifo; clients whose announcement is
  // still unread take their request back once this pid is gone (never a double record).
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(watch);
    reader.destroy();
    try {
      if (statSync(fifo).ino === ino) unlinkSync(fifo);
    } catch {
      // gone already
    }
    if (readHelperState(dir)?.pid === process.pid) unlinkQuietly(join(dir, STATE_FILE));
    process.exit(0);
  };

  const serveOne = (name: string) => {
    if (!REQUEST_NAME.test(name)) return;
    const base = join(queue, name);
    try {
      renameSync(`${base}.req`, `${base}.work`); // claimed; ENOENT: its client took it back
    } catch {
      return;
    }
    lastRequest = Date.now();
    let reply: Reply;
    try {
      const bytes = readFileSync(`${base}.work`);
      const nl = bytes.indexOf(10);
      const header = JSON.parse(bytes.subarray(0, nl).toString("utf8")) as RequestHeader;
      // Another build: a newer one (a plugin update) replaces this helper; an older or
      // same-age one (an old session still running the previous version, a copy) records
      // its events itself, so two builds on one root never take turns killing helpers.
      if (header.v !== 1 || header.core !== identity)
        reply = { fallback: newerBuild(header.core, identity) ? "stale" : "other build" };
      else if (header.root !== root) reply = { fallback: "another root" };
      else {
        try {
          process.chdir(header.cwd);
        } catch {
          process.chdir(dir);
        }
        const run = runHook(bytes.subarray(nl + 1), { root, env: header.env });
        reply = { stdout: run.stdout, event: run.event };
        process.chdir(dir); // never keep a project directory (or its mount) busy
      }
    } catch (err) {
      fail(`a request could not be read: ${(err as Error).message}`);
      reply = { fallback: "unreadable request" };
    }
    try {
      writeFileAtomicSync(`${base}.out`, JSON.stringify(reply), { fsync: false });
    } catch (err) {
      fail(`an answer could not be written: ${(err as Error).message}`);
    }
    unlinkQuietly(`${base}.work`);
    if ("fallback" in reply && reply.fallback === "stale") stop();
  };

  reader.on("data", (chunk: Buffer) => {
    pending += chunk.toString("latin1");
    for (let nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n")) {
      const name = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      serveOne(name);
    }
  });
  reader.on("error", (err) => {
    fail(`the request fifo failed: ${err.message}`);
    stop();
  });

  const sweepQueue = () => {
    const now = Date.now();
    for (const n of readdirSync(queue)) {
      try {
        if (now - statSync(join(queue, n)).mtimeMs > DEBRIS_MS) rmSync(join(queue, n), { force: true });
      } catch {
        // raced with its owner
      }
    }
  };
  const watch = setInterval(() => {
    try {
      if (fstatSync(fd).ino !== ino || statSync(fifo).ino !== ino) return stop();
    } catch {
      return stop(); // the fifo or the whole root was removed
    }
    if (Date.now() - lastRequest > idleMs) return stop();
    try {
      // clients find this helper's pid here (a sibling that lost the start may have removed it)
      if (readHelperState(dir)?.pid !== process.pid)
        writeFileAtomicSync(join(dir, STATE_FILE), `${JSON.stringify(state)}\n`, { fsync: false });
      sweepQueue();
    } catch {
      // the queue directory went away with the root: the next tick stops
    }
  }, WATCH_MS);
  process.on("uncaughtException", (err) => {
    fail(`the resident helper failed: ${err.stack ?? err.message}`);
    stop();
  });
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => stop());
}
