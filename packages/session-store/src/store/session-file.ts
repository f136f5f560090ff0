import { lstatSync, type Stats } from "node:fs";
import { join } from "node:path";
import { CorruptFileError, type SessionState, ValidationError } from "@rlm/session-schema/core";
import { writeFileAtomicSync } from "../atomic-json.js";
import { decodeSession } from "../codec/decode-session.js";
import { encodeSession } from "../codec/encode-session.js";
import { errnoCode, isPlainObject, readFileNoFollow } from "../fs-utils.js";
import { SESSION_FILE } from "../paths.js";
import type { FileIdentity, StoreContext } from "./context.js";

const identity = (st: Stats): FileIdentity => `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;

/** Read and validate `<dir>/session.json` (never through a symlink). Remembers its identity. */
export function readSessionFile(ctx: StoreContext, sessionId: string, dir: string): SessionState {
  const file = join(dir, SESSION_FILE);
  let read: { bytes: Buffer; stats: Stats };
  try {
    read = readFileNoFollow(file);
  } catch (err) {
    const code = errnoCode(err);
    if (code === "ENOENT")
      throw new CorruptFileError(file, "missing: the session directory has no session.json", err);
    if (code === "ELOOP") throw new CorruptFileError(file, "is a symlink; not followed", err);
    throw new CorruptFileError(file, `cannot read: ${(err as Error).message}`, err);
  }
  ctx.verified.delete(sessionId);
  const state = decodeSession(read.bytes, file);
  if (state.metadata.session_id !== sessionId) {
    // A copied or renamed session directory: saving what it holds would replace another
    // session's file (save writes to the directory its session_id names).
    const message = `is ${JSON.stringify(state.metadata.session_id)}, but the directory is ${JSON.stringify(sessionId)} (a copied or renamed session directory?); left as it is`;
    throw new ValidationError("session.json", [{ path: "metadata.session_id", message }], file);
  }
  ctx.verified.set(sessionId, identity(read.stats));
  return state;
}

/**
 * Before replacing session.json outside a read-modify-write: refuse when the current file
 * is corrupt, invalid or from a newer schema (unless `force`). Skipped when the file is the
 * one this store last read or wrote (same inode, size and times).
 */
export function checkReplaceable(ctx: StoreContext, sessionId: string, dir: string, force: boolean): void {
  const file = join(dir, SESSION_FILE);
  let st: Stats;
  try {
    st = lstatSync(file);
  } catch (err) {
    if (force && errnoCode(err) === "ENOENT") return;
    throw new CorruptFileError(file, "missing: the session directory has no session.json", err);
  }
  if (st.isSymbolicLink()) throw new CorruptFileError(file, "is a symlink; not followed");
  if (force || ctx.verified.get(sessionId) === identity(st)) return;
  readSessionFile(ctx, sessionId, dir);
}

/** Stamp updated_at, validate, write atomically (caller holds the session lock). */
export function writeSessionFile(
  ctx: StoreContext,
  sessionId: string,
  dir: string,
  value: unknown,
): SessionState {
  const stamped =
    isPlainObject(value) && isPlainObject(value.metadata)
      ? { ...value, metadata: { ...value.metadata, updated_at: ctx.clock() } }
      : value;
  const file = join(dir, SESSION_FILE);
  const { state, bytes } = encodeSession(stamped, file);
  if (state.metadata.session_id !== sessionId) {
    const message = `cannot change session_id (${sessionId} -> ${state.metadata.session_id})`;
    throw new ValidationError("session.json", [{ path: "metadata.session_id", message }], file);
  }
  ctx.verified.delete(sessionId);
  writeFileAtomicSync(file, bytes, { fsync: ctx.fsync });
  ctx.verified.set(sessionId, identity(lstatSync(file)));
  return state;
}
