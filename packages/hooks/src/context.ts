import { type CellStore, openCells } from "@rlm/cells";
import { createSessionStore, redactSecrets, type SessionStore } from "@rlm/session-store";
import { configPath, readSessionsConfig, type SessionsConfig } from "./config.js";
import type { Redact } from "./redact-payload.js";

// Everything a handler needs, built once per hook process. The store runs relaxed
// (`fsync: false`): a hook fires on every tool call and must finish in milliseconds; every
// write is still atomic (temp file + rename, or one O_APPEND line), so a killed hook tears
// nothing. Stop and SessionEnd make the session durable (`store.sync`, a durable flush).

export interface HookContextOptions {
  /** Sessions root (default: $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions). */
  root?: string;
  env?: NodeJS.ProcessEnv;
  /** Epoch seconds (default: Date.now() / 1000). */
  clock?: () => number;
  /** Lock wait bound (default 5 s; SessionEnd uses a shorter one). */
  lockTimeoutMs?: number;
}

export interface HookContext {
  readonly store: SessionStore;
  readonly env: NodeJS.ProcessEnv;
  readonly config: SessionsConfig;
  readonly configPath: string;
  readonly redact: Redact;
  now(): number;
  /** The session's cells (relaxed, like the store), opened once. */
  cells(sessionId: string): CellStore;
  /** The session's cells with fsync on (Stop / SessionEnd). */
  durableCells(sessionId: string): CellStore;
}

const keep: Redact = (t) => t;

export function createHookContext(options: HookContextOptions = {}): HookContext {
  const env = options.env ?? process.env;
  const path = configPath(env);
  const config = readSessionsConfig(path);
  const redact = config.redact_secrets ? redactSecrets : keep;
  const lock = { timeoutMs: options.lockTimeoutMs ?? 5_000 };
  const store = createSessionStore({
    ...(options.root === undefined ? {} : { root: options.root }),
    env,
    fsync: false,
    lock,
    redact,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  const opened = new Map<string, CellStore>();
  const open = (id: string, durable: boolean) => {
    const k = `${durable ? "d" : "r"}:${id}`;
    let c = opened.get(k);
    if (c === undefined) {
      c = openCells(store, id, { fsync: durable, lock });
      opened.set(k, c);
    }
    return c;
  };
  return {
    store,
    env,
    config,
    configPath: path,
    redact,
    now: options.clock ?? (() => Date.now() / 1000),
    cells: (id) => open(id, false),
    durableCells: (id) => open(id, true),
  };
}
