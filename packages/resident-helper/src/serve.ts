// The resident helper: one long-lived process per sessions root and app that serves the
// requests its short-lived clients hand it, with warm code and caches (protocol.ts for the
// files; docs/decisions.md §25 and §26 for why). One request at a time, in arrival order.
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from "node:fs";
import { Socket } from "node:net";
import { join, resolve } from "node:path";
import { claimFifo, readRequest, writeWhole } from "./helper-files.js";
import {
  type Fallback,
  FIFO,
  type HelperState,
  isOwnDir,
  mkdirIfMissing,
  QUEUE,
  REQUEST_NAME,
  type RequestHeader,
  readHelperState,
  START_FAILED,
  START_FAILED_MS,
  STARTING,
  STATE_FILE,
  unlinkQuietly,
} from "./protocol.js";

/** How often it checks that it is still the root's helper (fifo in place, root not deleted). */
const WATCH_MS = 1_000;
/** Queue files of clients that went away are removed after this long. */
const DEBRIS_MS = 60_000;

export interface ServeOptions<R extends object> {
  /** The sessions root served (resolved here). */
  root: string;
  /** Its helper directory, `<root>/<name>` (created without -p: a root that is gone stays gone). */
  dir: string;
  /** coreIdentity of the code this helper runs: requests of another build are not served. */
  identity: string;
  /** Exit after this long without a request. */
  idleMs: number;
  /**
   * Serve one request (run with the client's working directory; the env is the handler's
   * to apply): the reply, and optionally bytes the client gets as they are (a large output
   * that JSON would have to escape and parse); or a fallback, which sends the client its
   * own way.
   */
  handle(header: RequestHeader, body: Buffer): Answer<R> | Fallback | Promise<Answer<R> | Fallback>;
  /** Called about once a second while no request is being served (warm caches, drop stale ones). */
  onIdle?: () => void;
  /** Report a failure of the helper itself (the app's log). Never called once the root is gone. */
  fail(message: string): void;
}

/** What the handler answers: `reply` goes to the client as JSON, `tail` as raw bytes after it. */
export interface Answer<R extends object> {
  reply: R;
  tail?: Buffer | string;
}

/** `client` is a later build than `mine` (identities are "size:mtimeMs:ino"). */
function newerBuild(client: string, mine: string): boolean {
  const mtime = (id: string) => Number(String(id).split(":")[1]);
  return mtime(client) > mtime(mine);
}

/** Serve until idle, replaced, or the root is gone; then exit the process. Logs its own failures; never throws. */
export function serveHelper<R extends object>(o: ServeOptions<R>): void {
  const root = resolve(o.root);
  const { dir, identity } = o;
  const queue = join(dir, QUEUE);
  const fifo = join(dir, FIFO);
  // (never logs into a root that is gone: logging would create it again)
  const fail = (message: string) => {
    if (existsSync(root)) o.fail(message);
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
      if (!isOwnDir(d)) throw new Error(`${d} is not a directory of this user (a symlink?): not used`);
    }
    ino = claimFifo(fifo);
    if (ino !== null) {
      fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK); // never EOF: we are a writer too
      // The start is over once the fifo is ours: drop the marker before announcing the pid, so
      // that a helper killed right after it announced itself does not hold back the next start
      // for STARTING_STALE_MS.
      unlinkQuietly(join(dir, STARTING));
      writeWhole(join(dir, STATE_FILE), `${JSON.stringify(state)}\n`);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
      fail(
        `the resident helper could not start: ${(err as Error).message}; clients do the work themselves (a start is tried again in ${START_FAILED_MS / 60_000} minutes)`,
      );
      // clients do not try again for a while (each try is a node process started)
      try {
        writeWhole(join(dir, START_FAILED), `${(err as Error).message}\n`);
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
  const waiting: string[] = [];
  let busy = false;
  const reader = new Socket({ fd, readable: true, writable: false });

  // Stopping serves nothing more: new clients find no fifo; clients whose announcement is
  // still unread take their request back once this pid is gone (never done twice).
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

  // `<name>.out`: the reply as one JSON line, then the tail's bytes as they are
  const reply = (base: string, answer: Answer<R> | Fallback) => {
    try {
      const head = `${JSON.stringify("fallback" in answer ? answer : answer.reply)}\n`;
      const tail = "fallback" in answer ? undefined : answer.tail;
      writeWhole(
        `${base}.out`,
        tail === undefined || tail.length === 0
          ? head
          : Buffer.concat([Buffer.from(head), typeof tail === "string" ? Buffer.from(tail) : tail]),
      );
    } catch (err) {
      fail(`an answer could not be written: ${(err as Error).message}`);
    }
    unlinkQuietly(`${base}.work`);
  };

  /** The answer to one claimed request, or a fallback that sends its client its own way. */
  const answer = async (base: string): Promise<Answer<R> | Fallback> => {
    let header: RequestHeader;
    let body: Buffer;
    try {
      const bytes = readRequest(`${base}.work`);
      const nl = bytes.indexOf(10);
      header = JSON.parse(bytes.subarray(0, nl).toString("utf8")) as RequestHeader;
      body = bytes.subarray(nl + 1);
    } catch (err) {
      fail(`a request could not be read: ${(err as Error).message}`);
      return { fallback: "unreadable request" };
    }
    // Another build: a newer one (a plugin update) replaces this helper; an older or
    // same-age one (an old session still running the previous version, a copy) does its
    // own work, so two builds on one root never take turns killing helpers.
    if (header.v !== 1 || header.core !== identity)
      return { fallback: newerBuild(header.core, identity) ? "stale" : "other build" };
    if (header.root !== root) return { fallback: "another root" };
    try {
      process.chdir(header.cwd);
    } catch {
      process.chdir(dir);
    }
    try {
      return await o.handle(header, body);
    } catch (err) {
      fail(`a request failed in the helper: ${(err as Error).stack ?? (err as Error).message}`);
      return { fallback: "failed in the helper" };
    } finally {
      process.chdir(dir); // never keep a project directory (or its mount) busy
    }
  };

  /** Serve the announced requests one at a time, in order. */
  const drain = async () => {
    if (busy) return;
    busy = true;
    try {
      for (let name = waiting.shift(); name !== undefined && !stopping; name = waiting.shift()) {
        const base = join(queue, name);
        try {
          renameSync(`${base}.req`, `${base}.work`); // claimed; ENOENT: its client took it back
        } catch {
          continue;
        }
        lastRequest = Date.now();
        const out = await answer(base);
        reply(base, out);
        if ("fallback" in out && out.fallback === "stale") stop();
      }
    } finally {
      busy = false;
    }
  };

  reader.on("data", (chunk: Buffer) => {
    pending += chunk.toString("latin1");
    for (let nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n")) {
      const name = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (REQUEST_NAME.test(name)) waiting.push(name);
    }
    void drain();
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
    if (!busy && Date.now() - lastRequest > o.idleMs) return stop();
    if (!busy && o.onIdle !== undefined) {
      try {
        o.onIdle();
      } catch (err) {
        fail(`warming up failed: ${(err as Error).message}`);
      }
    }
    try {
      // clients find this helper's pid here (a sibling that lost the start may have removed it)
      if (readHelperState(dir)?.pid !== process.pid)
        writeWhole(join(dir, STATE_FILE), `${JSON.stringify(state)}\n`);
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
