import { lstatSync, type Stats } from "node:fs";
import { join, resolve } from "node:path";
import { assertSessionId, CorruptFileError } from "@rlm/session-schema/core";
import { CELLS_DIR, OutsideRootError, SessionNotFoundError, type SessionStore } from "@rlm/session-store";
import { CellStore } from "./cell-store.js";
import { SessionMismatchError } from "./errors/session-mismatch-error.js";
import { readSessionHead } from "./open/session-head.js";
import { cellPaths } from "./paths.js";
import { rebuildLocked } from "./rebuild.js";
import { locked, type StoreContext } from "./store-context.js";
import type { OpenCellsOptions } from "./types.js";

const DEFAULT_AUTO_FLUSH_BYTES = 1 << 20;

/**
 * The cells of session `sessionId` in `store`. The directory comes from the store (the id
 * is validated, the directory must be a real directory inside the root, never a symlink),
 * and its session.json must name the same session: a copied directory is refused.
 * Opening reads only session.json's first line; the index is loaded on the first query,
 * and creating or completing a cell never needs it.
 */
export function openCells(store: SessionStore, sessionId: string, options: OpenCellsOptions = {}): CellStore {
  const dir = store.sessionDir(sessionId);
  const st = lstatOrNull(dir);
  if (st === null || (!st.isDirectory() && !st.isSymbolicLink()))
    throw new SessionNotFoundError(sessionId, store.root);
  if (st.isSymbolicLink())
    throw new OutsideRootError(dir, store.root, "a symlink instead of a session directory in");
  return open(dir, sessionId, options, false, st);
}

/**
 * The cells of a session being built outside the root (a migration's staging directory,
 * renamed into place when complete). Same checks as `openCells`, except that the
 * directory is the caller's: it must hold the session.json of `sessionId`.
 */
export function openStagedCells(
  sessionPath: string,
  sessionId: string,
  options: OpenCellsOptions = {},
): CellStore {
  assertSessionId(sessionId);
  const dir = resolve(sessionPath);
  const st = lstatOrNull(dir);
  if (st === null || !st.isDirectory()) throw new SessionNotFoundError(sessionId, dir);
  // nobody reads a staging directory until it is renamed into place: with fsync off, new
  // cell files are written in place (one exclusive create instead of temp file + link)
  return open(dir, sessionId, options, options.fsync === false, st);
}

/** What a store's loaded view was read from: `reuse` hands the view over only when all of it matches. */
interface Origin {
  ctx: StoreContext;
  dev: number;
  ino: number;
}
const origins = new WeakMap<CellStore, Origin>();

function open(
  dir: string,
  sessionId: string,
  options: OpenCellsOptions,
  bulk: boolean,
  st: Stats,
): CellStore {
  const head = readSessionHead(dir);
  if (head.sessionId !== sessionId)
    throw new SessionMismatchError(join(dir, "session.json"), head.sessionId, sessionId);
  const cellsDir = join(dir, CELLS_DIR);
  const cst = lstatOrNull(cellsDir);
  if (cst?.isSymbolicLink())
    throw new OutsideRootError(cellsDir, dir, "a symlink instead of the cells directory in");
  if (cst !== null && !cst.isDirectory()) throw new CorruptFileError(cellsDir, "not a directory");
  const ctx: StoreContext = {
    paths: cellPaths(dir),
    sessionId,
    cwd: resolve(options.cwd ?? head.cwd ?? process.cwd()),
    fsync: options.fsync ?? true,
    bulk,
    lock: options.lock ?? {},
    autoFlushBytes: options.autoFlushBytes ?? DEFAULT_AUTO_FLUSH_BYTES,
    autoRebuild: options.autoRebuild ?? true,
    repair: options.repair ?? true,
    view: null,
    lockDepth: 0,
    dirReady: cst !== null,
    indexGen: null,
    rebuild: () => {
      locked(ctx, () => rebuildLocked(ctx));
    },
  };
  // A long-lived reader (rlm-repl's helper) opens the session again for every request, with
  // every check above, and keeps the index it loaded before: the view catches up with the
  // disk on its next use (one stat when nothing changed). Only the same directory (device
  // and inode), session and cwd; the earlier store gives its view up.
  const earlier = options.reuse === undefined ? undefined : origins.get(options.reuse);
  if (
    earlier !== undefined &&
    earlier.ctx.view !== null &&
    earlier.dev === st.dev &&
    earlier.ino === st.ino &&
    earlier.ctx.paths.sessionPath === ctx.paths.sessionPath &&
    earlier.ctx.sessionId === sessionId &&
    earlier.ctx.cwd === ctx.cwd &&
    earlier.ctx.bulk === bulk
  ) {
    ctx.view = earlier.ctx.view;
    ctx.indexGen = earlier.ctx.indexGen;
    earlier.ctx.view = null;
  }
  const cells = new CellStore(ctx);
  origins.set(cells, { ctx, dev: st.dev, ino: st.ino });
  return cells;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw err;
  }
}
