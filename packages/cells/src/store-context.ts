import { lstatSync, mkdirSync, type Stats, statSync } from "node:fs";
import { isRlmError } from "@rlm/session-schema/core";
import {
  DIR_MODE,
  type LockOptions,
  OutsideRootError,
  withLock,
  writeFileAtomicSync,
} from "@rlm/session-store";
import { nowEpochSeconds } from "./clock.js";
import { DiskView } from "./disk-view.js";
import { SessionMismatchError } from "./errors/session-mismatch-error.js";
import { indexDocument, peekIndexGen } from "./index-file.js";
import type { JournalEntry } from "./journal/journal-entry.js";
import { appendToJournal, resetJournal } from "./journal/journal-file.js";
import { appendMarks, isMark } from "./marks/marks-log.js";
import type { CellPaths } from "./paths.js";
import { CELLS_INTENT, indexStray, isCellsOwner, repairSince, strayIds } from "./repair.js";

/** Everything an operation needs: where the cells are, the options, and the lazily loaded view. */
export interface StoreContext {
  readonly paths: CellPaths;
  readonly sessionId: string;
  readonly cwd: string;
  readonly fsync: boolean;
  /** A staging directory nobody reads yet (openStagedCells): new cell files are written in place. */
  readonly bulk: boolean;
  readonly lock: LockOptions;
  readonly autoFlushBytes: number;
  readonly autoRebuild: boolean;
  /** Readers take over a dead writer's lock and repair (OpenCellsOptions.repair). */
  readonly repair: boolean;
  view: DiskView | null;
  lockDepth: number;
  dirReady: boolean;
  /** index.json's generation as last read by a store without a view, and the file it was read from. */
  indexGen: { gen: number; ino: number; size: number; mtimeMs: number } | null;
  /** Set by the store: rebuild under the lock (used when index.json turns out unusable). */
  rebuild: () => void;
}

/** The view, loaded on first use and refreshed on every later one (strictly under the lock). */
export function ensureView(ctx: StoreContext): DiskView {
  repairIfAbandoned(ctx);
  try {
    if (ctx.view === null) ctx.view = new DiskView(ctx.paths, ctx.sessionId, ctx.cwd);
    else ctx.view.refresh(ctx.lockDepth > 0);
  } catch (err) {
    // Another session's index is never relabelled by a rebuild.
    if (!ctx.autoRebuild || !isRlmError(err, "ERR_RLM_CORRUPT_FILE") || err instanceof SessionMismatchError)
      throw err;
    ctx.rebuild();
  }
  const view = ctx.view as DiskView;
  if (view.strayCheck) {
    view.strayCheck = false;
    if (ctx.repair) indexStrayFiles(ctx, view);
  }
  return view;
}

/**
 * Cell files the loaded index does not know (journal lines lost with the machine, a journal
 * put back): indexed under the lock when it is free at once. A writer holding it may be
 * between its file and its line (nothing is wrong then): this store looks again on its next
 * use, until it finds none or gets the lock (a write of its own always does).
 */
function indexStrayFiles(ctx: StoreContext, view: DiskView): void {
  if (strayIds(ctx, view.graph).length === 0) return;
  try {
    locked(ctx, () => indexStray(ctx), { ...ctx.lock, timeoutMs: 0 });
  } catch (err) {
    if (!isRlmError(err, "ERR_RLM_LOCK_TIMEOUT")) throw err;
    view.strayCheck = true; // look again on this store's next use (at the latest when it takes the lock)
  }
}

/**
 * Run `fn` under the session's cells lock (re-entrant within this store). A lock taken
 * over from a writer that died holding it is repaired first (repair.ts).
 */
export function locked<T>(ctx: StoreContext, fn: () => T, lock: LockOptions = ctx.lock): T {
  if (ctx.lockDepth > 0) return fn();
  ensureDir(ctx);
  return withLock(
    ctx.paths.lock,
    (held) => {
      ctx.lockDepth++;
      try {
        const dead = held.recovered.filter(isCellsOwner);
        if (dead.length > 0) repairSince(ctx, Math.min(...dead.map((o) => o.acquired_at)));
        return fn();
      } finally {
        ctx.lockDepth--;
      }
    },
    { ...lock, intent: CELLS_INTENT },
  );
}

/**
 * A reader that finds the cells lock held checks, without waiting, whether its holder is
 * dead; if so it takes the lock over and repairs (so a `list` after a crash is right).
 */
function repairIfAbandoned(ctx: StoreContext): void {
  if (!ctx.repair || ctx.lockDepth > 0 || lstatSync(ctx.paths.lock, { throwIfNoEntry: false }) === undefined)
    return;
  try {
    locked(ctx, () => undefined, { ...ctx.lock, timeoutMs: 0 });
  } catch (err) {
    if (!isRlmError(err, "ERR_RLM_LOCK_TIMEOUT")) throw err;
  }
}

/** Create `cells/` when missing (never through a symlink planted there). */
export function ensureDir(ctx: StoreContext): void {
  if (ctx.dirReady) return;
  try {
    mkdirSync(ctx.paths.dir, { mode: DIR_MODE });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  if (lstatSync(ctx.paths.dir).isSymbolicLink())
    throw new OutsideRootError(
      ctx.paths.dir,
      ctx.paths.sessionPath,
      "a symlink instead of the cells directory in",
    );
  ctx.dirReady = true;
}

/**
 * Append journal entries; the caller holds the lock. `durable`: fsync the journal (for
 * changes that exist nowhere else yet, like stale marks). Compacts when the journal has
 * grown past max(autoFlushBytes, index.json size / 4): amortized O(1) per entry.
 */
export function appendEntries(ctx: StoreContext, entries: JournalEntry[], durable: boolean): void {
  if (entries.length === 0) return;
  appendMarks(ctx.paths.marks, entries.filter(isMark), ctx.fsync);
  const lines = entries.map((e) => JSON.stringify(e));
  if (ctx.view !== null) ensureView(ctx);
  const index = statSync(ctx.paths.index, { throwIfNoEntry: false });
  let appended = appendToJournal(ctx.paths.journal, currentGen(ctx, index), lines, durable && ctx.fsync);
  if (appended === null) {
    // The journal continues an index generation we do not have: re-read the index.
    ensureView(ctx);
    appended = appendToJournal(ctx.paths.journal, currentGen(ctx, index), lines, durable && ctx.fsync);
    if (appended === null) {
      ctx.rebuild();
      appended = appendToJournal(ctx.paths.journal, currentGen(ctx, undefined), lines, durable && ctx.fsync);
    }
  }
  if (appended === null) throw new Error("cells journal generation mismatch persists after rebuild");
  ctx.view?.applyOwn(appended, entries);
  if (appended.cursor.size > Math.max(ctx.autoFlushBytes, (index?.size ?? 0) / 4)) compactLocked(ctx);
}

/** Fold the journal into index.json (generation + 1) and start an empty journal. Caller holds the lock. */
export function compactLocked(ctx: StoreContext): { cells: number; gen: number } {
  const view = ensureView(ctx);
  const gen = view.gen + 1;
  writeFileAtomicSync(
    ctx.paths.index,
    `${JSON.stringify(indexDocument(view.graph, ctx.sessionId, gen, nowEpochSeconds()))}\n`,
    { fsync: ctx.fsync },
  );
  resetJournal(ctx.paths.journal, gen, ctx.fsync);
  view.replace(view.graph, gen);
  return { cells: view.graph.size, gen };
}

/**
 * The index generation the journal must continue. Without a loaded view, index.json's
 * first bytes are read again only when the file itself changed (by inode, size, mtime).
 */
function currentGen(ctx: StoreContext, index: Stats | undefined): number {
  if (ctx.view !== null) return ctx.view.gen;
  const seen = ctx.indexGen;
  if (
    index !== undefined &&
    seen !== null &&
    seen.ino === index.ino &&
    seen.size === index.size &&
    seen.mtimeMs === index.mtimeMs
  )
    return seen.gen;
  const gen = peekIndexGen(ctx.paths.index);
  ctx.indexGen =
    index === undefined ? null : { gen, ino: index.ino, size: index.size, mtimeMs: index.mtimeMs };
  return gen;
}
