import { dirname, join } from "node:path";
import {
  assertJsonValue,
  checkDocument,
  type FileAccessLine,
  isRlmError,
  type ReasoningLine,
  ValidationError,
  validateFileAccessLine,
  validateReasoningLine,
} from "@rlm/session-schema/core";
import { DECISIONS_LOG, FILE_ACCESS_LOG, TRACES_LOG } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { refuseSymlinkedSubdir, requireSessionDir } from "../store/session-dir.js";
import { readSessionFile } from "../store/session-file.js";
import { appendJsonLine } from "./append-jsonl.js";
import { type LogRead, parseJsonl, readPrefix } from "./read-jsonl.js";

export type LogName = "file-access" | "traces" | "decisions";

export const LOG_FILES: Readonly<Record<LogName, string>> = {
  "file-access": FILE_ACCESS_LOG,
  traces: TRACES_LOG,
  decisions: DECISIONS_LOG,
};

/**
 * `<dir>/<log file>`, refusing a symlink where the log's directory (`reasoning/`) should be:
 * O_NOFOLLOW guards only the last component, and a planted link would lead writes out of
 * the session. (A symlink at the file itself is refused when it is opened.)
 */
export function logPath(dir: string, log: LogName): string {
  const rel = LOG_FILES[log];
  const parent = dirname(rel);
  if (parent !== ".") refuseSymlinkedSubdir(dir, parent);
  return join(dir, rel);
}

export type FileAccessInput = Omit<FileAccessLine, "timestamp"> & { timestamp?: string };
export type ReasoningInput = Omit<ReasoningLine, "timestamp"> & { timestamp?: number };

/** A validated file-access line (timestamp: ISO 8601, default now). */
export function fileAccessLine(ctx: StoreContext, line: FileAccessInput): FileAccessLine {
  const value = { ...line, timestamp: line.timestamp ?? new Date(ctx.clock() * 1000).toISOString() };
  assertJsonValue(value, "file-access line");
  return validateFileAccessLine(value);
}

/** One line to `<session>/file-access.jsonl` (timestamp: ISO 8601, default now). */
export function appendFileAccess(ctx: StoreContext, sessionId: string, line: FileAccessInput): void {
  const value = fileAccessLine(ctx, line);
  const dir = requireSessionDir(ctx, sessionId);
  appendJsonLine(ctx, dir, logPath(dir, "file-access"), value);
}

/** One line to `reasoning/traces.jsonl` or `reasoning/decisions.jsonl` (timestamp: epoch s, default now). */
export function appendReasoning(
  ctx: StoreContext,
  sessionId: string,
  log: "traces" | "decisions",
  line: ReasoningInput,
): void {
  const value = { ...line, timestamp: line.timestamp ?? ctx.clock() };
  assertJsonValue(value, "reasoning line");
  validateReasoningLine(value);
  const dir = requireSessionDir(ctx, sessionId);
  appendJsonLine(ctx, dir, logPath(dir, log), value);
}

function checker(log: LogName): (v: unknown) => string | null {
  const document = log === "file-access" ? "file-access-line" : "reasoning-line";
  return (v) => {
    const r = checkDocument(document, v);
    return r.ok ? null : new ValidationError(`${log} line`, r.issues).message;
  };
}

export interface ReadLogOptions {
  /** For a fork: first the parent's lines up to the fork point (recursively), then the fork's own. */
  inherit?: boolean;
}

/** Every valid line of a session log; torn or invalid lines are skipped and reported. */
export function readLog<T = unknown>(
  ctx: StoreContext,
  sessionId: string,
  log: LogName,
  opts: ReadLogOptions = {},
): LogRead<T> {
  return readLogBytes<T>(ctx, sessionId, log, opts.inherit === true, undefined, new Set());
}

function readLogBytes<T>(
  ctx: StoreContext,
  sessionId: string,
  log: LogName,
  inherit: boolean,
  limit: number | undefined,
  seen: Set<string>,
): LogRead<T> {
  const dir = requireSessionDir(ctx, sessionId);
  const path = logPath(dir, log);
  const own = parseJsonl<T>(path, readPrefix(path, limit), checker(log));
  if (!inherit || seen.has(sessionId)) return own;
  seen.add(sessionId);
  const fork = readSessionFile(ctx, sessionId, dir).metadata;
  const parent = fork.parent_session_id;
  const size = (fork.fork_point as { parent_logs?: Record<string, number> } | null)?.parent_logs?.[
    LOG_FILES[log]
  ];
  if (parent === null || size === undefined) return own;
  try {
    const inherited = readLogBytes<T>(ctx, parent, log, true, size, seen);
    return { lines: [...inherited.lines, ...own.lines], problems: [...inherited.problems, ...own.problems] };
  } catch (err) {
    const reason = isRlmError(err) || err instanceof Error ? err.message : String(err);
    return {
      lines: own.lines,
      problems: [{ path, line: 0, reason: `inherited lines unavailable: ${reason}` }, ...own.problems],
    };
  }
}
