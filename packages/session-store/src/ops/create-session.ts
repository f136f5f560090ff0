import { mkdirSync, renameSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { assertSessionId, isRlmError, type SessionState } from "@rlm/session-schema/core";
import { encodeSession } from "../codec/encode-session.js";
import { SessionExistsError } from "../errors/session-exists-error.js";
import {
  errnoCode,
  fsyncDir,
  lstatOrNull,
  randomSuffix,
  removeQuietly,
  writeNewFileSync,
} from "../fs-utils.js";
import {
  CELL_INDEX_FILE,
  CELLS_DIR,
  DIR_MODE,
  FILE_MODE,
  REASONING_DIR,
  SESSION_FILE,
  STAGING_PREFIX,
  TRANSCRIPT_LINK,
} from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { dirOf, ensureRoot } from "../store/session-dir.js";
import { type CreateSessionOptions, emptyCellIndex, initialState } from "./initial-state.js";
import { loadSession } from "./load-session.js";

/** A private, not-yet-visible directory under the root; renamed into place when complete. */
export function stagingDir(ctx: StoreContext, sessionId: string): string {
  const dir = join(ctx.root, `${STAGING_PREFIX}${sessionId}-${randomSuffix()}`);
  mkdirSync(dir, { mode: DIR_MODE });
  return dir;
}

/**
 * Publish a complete staging directory as `<root>/<id>` with one rename(2): readers see
 * no session or a whole one. An existing session wins (SessionExistsError). Files inside
 * were fsync'd when written. With `durable`, the root is fsync'd too, so the rename itself
 * is on disk when this returns; without it the rename reaches the disk with the next
 * journal commit (any fsync on the filesystem, or ext4's 5 s interval) — a power loss
 * before that loses the new directory as a whole, never half of it.
 */
export function publishStaging(ctx: StoreContext, staging: string, sessionId: string, durable = true): void {
  try {
    renameSync(staging, dirOf(ctx, sessionId));
  } catch (err) {
    const code = errnoCode(err);
    if (code === "ENOTEMPTY" || code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR") {
      throw new SessionExistsError(sessionId, ctx.root);
    }
    throw err;
  }
  if (durable) fsyncDir(ctx.root);
}

/**
 * Create `<root>/<id>/` with session.json, an empty cells/index.json and reasoning/.
 * Not `durable` (see publishStaging): a new session is empty, and a SessionStart whose
 * session vanished in a power loss simply creates it again (ensure). This saves one
 * journal commit of three on the hottest path of every hook.
 */
export function createSession(
  ctx: StoreContext,
  sessionId: string,
  options: CreateSessionOptions = {},
): SessionState {
  assertSessionId(sessionId);
  const opts = options.transcriptPath
    ? { ...options, transcriptPath: resolve(options.transcriptPath) }
    : options;
  const target = dirOf(ctx, sessionId);
  const now = ctx.clock();
  const { state, bytes } = encodeSession(initialState(sessionId, opts, now));
  ensureRoot(ctx);
  if (lstatOrNull(target) !== null) throw new SessionExistsError(sessionId, ctx.root);
  const staging = stagingDir(ctx, sessionId);
  try {
    mkdirSync(join(staging, CELLS_DIR), { mode: DIR_MODE });
    mkdirSync(join(staging, REASONING_DIR), { mode: DIR_MODE });
    writeNewFileSync(join(staging, SESSION_FILE), bytes, FILE_MODE, ctx.fsync);
    writeNewFileSync(join(staging, CELL_INDEX_FILE), emptyCellIndex(sessionId), FILE_MODE, ctx.fsync);
    if (opts.transcriptPath) symlinkSync(opts.transcriptPath, join(staging, TRANSCRIPT_LINK));
    publishStaging(ctx, staging, sessionId, false);
  } catch (err) {
    removeQuietly(staging);
    throw err;
  }
  return state;
}

/**
 * Create-or-load, safe when several processes race (SessionStart can fire twice): exactly
 * one creates, the others load what it made. A corrupt existing session is reported, never
 * replaced.
 */
export function ensureSession(
  ctx: StoreContext,
  sessionId: string,
  opts: CreateSessionOptions = {},
): { state: SessionState; created: boolean } {
  assertSessionId(sessionId);
  if (lstatOrNull(dirOf(ctx, sessionId)) !== null)
    return { state: loadSession(ctx, sessionId), created: false };
  try {
    return { state: createSession(ctx, sessionId, opts), created: true };
  } catch (err) {
    if (!isRlmError(err, "ERR_RLM_SESSION_EXISTS")) throw err;
    return { state: loadSession(ctx, sessionId), created: false };
  }
}
