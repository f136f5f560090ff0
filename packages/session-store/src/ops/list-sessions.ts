import { readdirSync } from "node:fs";
import { isSessionId, type SessionMetadata, type SessionType } from "@rlm/session-schema/core";
import { errnoCode } from "../fs-utils.js";
import { SESSION_FILE } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { readSummary } from "./read-summary.js";

export interface ListFilter {
  sessionType?: SessionType;
  /** Every one of these tags must be present. */
  tags?: string[];
  /** true: only live sessions (ended_at null); false: only ended ones. */
  live?: boolean;
  /** Only sessions created at or after this Unix time (seconds). */
  createdSince?: number;
}

export type SessionSummary = Pick<
  SessionMetadata,
  | "session_id"
  | "created_at"
  | "updated_at"
  | "ended_at"
  | "session_type"
  | "tags"
  | "description"
  | "parent_session_id"
>;

/** A session that could not be listed; it is left untouched. */
export interface ListProblem {
  sessionId: string;
  path: string;
  reason: string;
}

export interface ListResult {
  /** Newest first (created_at, then id). */
  sessions: SessionSummary[];
  problems: ListProblem[];
}

function matches(md: SessionSummary, f: ListFilter): boolean {
  if (f.sessionType !== undefined && md.session_type !== f.sessionType) return false;
  if (f.live !== undefined && (md.ended_at === null) !== f.live) return false;
  if (f.createdSince !== undefined && md.created_at < f.createdSince) return false;
  return f.tags === undefined || f.tags.every((t) => md.tags.includes(t));
}

/** Summaries of every session under the root. Non-session entries are skipped; corrupt ones reported. */
export function listSessions(ctx: StoreContext, filter: ListFilter = {}): ListResult {
  const sessions: SessionSummary[] = [];
  const problems: ListProblem[] = [];
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(ctx.root, { withFileTypes: true });
  } catch (err) {
    if (errnoCode(err) === "ENOENT") return { sessions, problems };
    throw err;
  }
  const buf = Buffer.allocUnsafe(4096);
  const prefix = `${ctx.root}/`;
  for (const entry of entries) {
    const id = entry.name;
    if (!isSessionId(id)) continue;
    const dir = prefix + id;
    if (entry.isSymbolicLink()) {
      problems.push({
        sessionId: id,
        path: dir,
        reason: "is a symlink, not a session directory; not followed",
      });
      continue;
    }
    if (!entry.isDirectory()) continue;
    const file = `${dir}/${SESSION_FILE}`;
    const read = readSummary(file, buf);
    if (!read.ok) {
      problems.push({ sessionId: id, path: file, reason: read.reason });
      continue;
    }
    const md = read.metadata;
    if (md.session_id !== id) {
      problems.push({
        sessionId: id,
        path: file,
        reason: `metadata.session_id is ${JSON.stringify(md.session_id)}`,
      });
      continue;
    }
    if (!matches(md, filter)) continue;
    sessions.push({
      session_id: md.session_id,
      created_at: md.created_at,
      updated_at: md.updated_at,
      ended_at: md.ended_at,
      session_type: md.session_type,
      tags: md.tags,
      description: md.description,
      parent_session_id: md.parent_session_id,
    });
  }
  sessions.sort((a, b) => b.created_at - a.created_at || (a.session_id < b.session_id ? -1 : 1));
  return { sessions, problems };
}
