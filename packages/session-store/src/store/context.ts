import type { LockOptions } from "../lock/lock.js";
import { resolveSessionsRoot } from "../paths.js";
import { redactSecrets } from "../redact/redact-secrets.js";

export interface SessionStoreOptions {
  /** Sessions root. Default: $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions. */
  root?: string;
  /** Environment consulted for RLM_SESSIONS_DIR. Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Per-session lock: bounded wait and stale age. */
  lock?: LockOptions;
  /** Current time in Unix epoch seconds. Default: Date.now() / 1000. */
  clock?: () => number;
  /**
   * Applied to tool-output previews before they are persisted. Default: `redactSecrets`
   * (API keys, tokens, private keys, `.env` secrets → `[REDACTED:kind]`); `false` turns it off.
   */
  redact?: ((text: string) => string) | false;
  /**
   * Default true: every session.json replacement, log append and create is fsync'd before
   * the call returns. false: none is (each write is still atomic: a killed process never
   * leaves a torn file), and `sync(id)` makes a session durable at chosen moments. See the
   * README's "Durability" for what a crash or a power loss can cost in each mode.
   */
  fsync?: boolean;
}

/** Identity of a session.json this store read or wrote and knows to be valid. */
export type FileIdentity = string;

/** What every operation gets: resolved options plus a little per-store memory. */
export interface StoreContext {
  readonly root: string;
  readonly lock: LockOptions;
  readonly clock: () => number;
  readonly redact: (text: string) => string;
  /** fsync each write (default) or leave durability to `sync()`. */
  readonly fsync: boolean;
  /** session id → identity of the session.json last verified by this store (skips re-checks in save). */
  readonly verified: Map<string, FileIdentity>;
}

export function createContext(options: SessionStoreOptions = {}): StoreContext {
  return {
    root: resolveSessionsRoot(options.root, options.env),
    lock: options.lock ?? {},
    clock: options.clock ?? (() => Date.now() / 1000),
    redact: options.redact === false ? (text) => text : (options.redact ?? redactSecrets),
    fsync: options.fsync !== false,
    verified: new Map(),
  };
}
