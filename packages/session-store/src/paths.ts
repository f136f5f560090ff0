import { homedir } from "node:os";
import { isAbsolute, join, resolve, sep } from "node:path";
import { assertSessionId } from "@rlm/session-schema/core";
import { OutsideRootError } from "./errors/outside-root-error.js";

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** The sessions root: explicit option, else $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions. */
export function resolveSessionsRoot(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit ?? env.RLM_SESSIONS_DIR;
  if (chosen && chosen.trim() !== "") return resolve(chosen);
  return join(homedir(), ".claude", "rlm-sessions");
}

/** `<root>/<id>`, after refusing any id that is not a plain id. */
export function sessionDir(root: string, sessionId: string): string {
  assertSessionId(sessionId);
  const dir = join(root, sessionId);
  assertInside(root, dir);
  return dir;
}

/** Throws unless `path` lies strictly inside `root` (defence in depth behind id validation). */
export function assertInside(root: string, path: string): void {
  const r = resolve(root);
  const p = resolve(path);
  if (!(p.startsWith(r + sep) && p.length > r.length + 1) || !isAbsolute(p)) throw new OutsideRootError(p, r);
}

export const SESSION_FILE = "session.json";
export const CELLS_DIR = "cells";
export const CELL_INDEX_FILE = "cells/index.json";
export const REASONING_DIR = "reasoning";
export const SNAPSHOTS_DIR = "snapshots";
export const FILE_ACCESS_LOG = "file-access.jsonl";
export const TRANSCRIPT_LINK = "transcript.jsonl";
export const SESSION_LOCK = ".session.lock";
export const CURRENT_LINK = "current";
export const ARCHIVE_DIR = "archive";
export const LOGS_LOCK = ".logs.lock";
export const TRACES_LOG = "reasoning/traces.jsonl";
export const DECISIONS_LOG = "reasoning/decisions.jsonl";
export const ARCHIVE_SUFFIX = ".tar.gz";
/** Private build directories under the root; never valid session ids (they start with '.'). */
export const STAGING_PREFIX = ".staging-";
export const TRASH_PREFIX = ".trash-";
/** The cells package's lock on `cells/` (index + journal); fork holds it while snapshotting. */
export const CELLS_LOCK = "cells/.cells.lock";
/** Cell files that forks share with their parent by hard link (always replaced by rename, never written in place). */
export const CELL_FILE_PATTERN = /^cell_[0-9a-f]{8}\.json$/;
