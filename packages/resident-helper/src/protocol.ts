// The files of a resident helper, shared by the short-lived clients and the helper. Only
// `node:fs`, `node:path` and `node:os`: a client must load nothing else on its way to an
// answer. One helper directory per sessions root and per app (rlm-hook: `.rlm-hookd`,
// rlm-repl: `.rlm-repld`):
//
// <root>/<helper dir>/        0700
//   in.fifo                   requests are announced here: one "<name>\n" line each (atomic, < PIPE_BUF)
//   helper.json               {pid, core, started_at} of the helper that reads in.fifo
//   starting                  a client is starting a helper (for 30 s at most)
//   start-failed              the last start failed (why): no new start for 10 minutes
//   backoff                   the helper did not take a request in time: clients do the work
//                             themselves without asking it until this file is `backoffMs` old
//   q/<name>.req              a request: one JSON header line, then the body bytes
//   q/<name>.work             the same file once the helper has claimed it (rename: exactly once)
//   q/<name>.out              the answer: the app's reply object, or {"fallback": "why"}
import { lstatSync, mkdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

export const FIFO = "in.fifo";
export const QUEUE = "q";
export const STATE_FILE = "helper.json";
export const START_FAILED = "start-failed";
export const START_FAILED_MS = 10 * 60_000;
export const BACKOFF = "backoff";
export const STARTING = "starting";
/** A start older than this is presumed to have failed: the next client may try again. */
export const STARTING_STALE_MS = 30_000;
/** The hidden argument that turns a client bundle into its helper: `<client> --serve-helper <root>`. */
export const SERVE_FLAG = "--serve-helper";
/** Request names: "<pid>-<random>", nothing else is ever read from the fifo. */
export const REQUEST_NAME = /^[0-9]{1,10}-[0-9a-z]{1,16}$/;

export interface RequestHeader {
  v: 1;
  /** The client's core bundle (coreIdentity): a helper running other code answers "stale" or "other build". */
  core: string;
  /** The root the client resolved: a helper serves exactly one. */
  root: string;
  cwd: string;
  /** Only the variables the app forwards: never the rest of the user's environment. */
  env: NodeJS.ProcessEnv;
  /** What else the app's handler needs (rlm-repl: its argv). */
  extra?: Record<string, unknown>;
}

/** "stale" (a newer client: this helper stops), "other build", "another root", "unreadable request". */
export interface Fallback {
  fallback: string;
}

export interface HelperState {
  pid: number;
  core: string;
  started_at: string;
}

/** Which build of the core a file is: size, mtime and inode (a plugin update or a rebuild changes it). */
export function coreIdentity(path: string): string {
  const st = statSync(path);
  return `${st.size}:${st.mtimeMs}:${st.ino}`;
}

/** Remove `path`; false when it was not there (or could not be removed). */
export function unlinkQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

/** mkdir without -p: an existing directory is fine, a missing parent is an error. */
export function mkdirIfMissing(path: string): void {
  try {
    mkdirSync(path, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
}

/** `path` is a real directory of this user (never a symlink to elsewhere). */
export function isOwnDir(path: string): boolean {
  const st = lstatSync(path);
  return st.isDirectory() && (process.getuid === undefined || st.uid === process.getuid());
}

/** helper.json of the helper that reads the fifo, or null when it cannot be read. */
export function readHelperState(dir: string): HelperState | null {
  try {
    return JSON.parse(readFileSync(join(dir, STATE_FILE), "utf8")) as HelperState;
  } catch {
    return null;
  }
}

/** Exactly @rlm/session-store's resolveSessionsRoot, without loading the store (a test holds them equal). */
export function resolveRoot(explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = explicit ?? env.RLM_SESSIONS_DIR;
  if (chosen && chosen.trim() !== "") return resolve(chosen);
  return join(homedir(), ".claude", "rlm-sessions");
}

/**
 * What a request carries of the client's environment: the `names` the app's code reads
 * and every RLM_* variable. A request file lives for milliseconds, but it is on disk: no
 * API key, token or other variable of the user's goes there.
 */
export function forwardedEnv(env: NodeJS.ProcessEnv, names: readonly string[]): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const k of names) if (env[k] !== undefined) out[k] = env[k];
  for (const k of Object.keys(env)) if (k.startsWith("RLM_")) out[k] = env[k];
  return out;
}

/** Milliseconds from env, else the default (a bad value is the default). */
export function msFrom(value: string | undefined, fallback: number): number {
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
