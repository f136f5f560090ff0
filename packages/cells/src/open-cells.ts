import { statSync } from "node:fs";
import { resolve } from "node:path";
import { assertSessionId } from "@rlm/session-schema";
import { SessionNotFoundError } from "@rlm/session-store";
import { CellStore } from "./cell-store.js";
import { cellPaths } from "./paths.js";
import { rebuildLocked } from "./rebuild.js";
import { locked, type StoreContext } from "./store-context.js";
import type { OpenCellsOptions } from "./types.js";

const DEFAULT_AUTO_FLUSH_BYTES = 1 << 20;

/**
 * The cells of the session stored in `sessionPath` (the session's directory). Opening
 * reads nothing: the index is loaded on the first query, and creating or completing a
 * cell never needs it.
 */
export function openCells(sessionPath: string, sessionId: string, options: OpenCellsOptions = {}): CellStore {
  assertSessionId(sessionId);
  // Refuse a session that does not exist rather than conjure a cells/ dir with no session.json.
  if (!isDirectory(sessionPath)) throw new SessionNotFoundError(sessionId, resolve(sessionPath));
  const ctx: StoreContext = {
    paths: cellPaths(resolve(sessionPath)),
    sessionId,
    cwd: resolve(options.cwd ?? process.cwd()),
    fsync: options.fsync ?? true,
    lock: options.lock ?? {},
    autoFlushBytes: options.autoFlushBytes ?? DEFAULT_AUTO_FLUSH_BYTES,
    autoRebuild: options.autoRebuild ?? true,
    view: null,
    lockDepth: 0,
    dirReady: false,
    indexGen: null,
    rebuild: () => {
      locked(ctx, () => rebuildLocked(ctx));
    },
  };
  return new CellStore(ctx);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
