import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CreateSessionOptions } from "./ops/initial-state.js";
import { initialState } from "./ops/initial-state.js";
import { createSessionStore, type SessionStore } from "./session-store.js";
import type { SessionStoreOptions } from "./store/context.js";

export interface TempStore {
  store: SessionStore;
  root: string;
  /** Remove the temporary root. */
  cleanup(): void;
}

/** A store over a fresh temporary root (for downstream tests). Call `cleanup()` when done. */
export function createTempStore(options: Omit<SessionStoreOptions, "root"> = {}): TempStore {
  const root = join(mkdtempSync(join(tmpdir(), "rlm-store-")), "sessions");
  return {
    store: createSessionStore({ ...options, root }),
    root,
    cleanup: () => rmSync(join(root, ".."), { recursive: true, force: true }),
  };
}

/** A valid, fully defaulted session.json document (not written anywhere). */
export function sessionFixture(
  sessionId = "test-session",
  opts: CreateSessionOptions = {},
  now = 1_700_000_000,
) {
  return initialState(sessionId, opts, now);
}
