import type { Activation, SessionState, SessionStateInput, SessionType } from "@rlm/session-schema/core";
import { validateSession } from "../codec/validate-session.js";

export interface CreateSessionOptions {
  cwd?: string | null;
  /** Claude Code's transcript; also linked as `transcript.jsonl` (may dangle until written). */
  transcriptPath?: string | null;
  sessionType?: SessionType;
  tags?: string[];
  description?: string | null;
  activation?: Partial<Activation>;
  rlmVersion?: string;
  /**
   * A document to start from (any supported schema version, partial is fine), e.g. a
   * migrated session. `session_id` is always the one passed to create; options above win.
   */
  initial?: Partial<Omit<SessionStateInput, "metadata">> & {
    metadata?: Partial<SessionStateInput["metadata"]>;
  };
}

/** The validated session.json for a new session (all sections defaulted). */
export function initialState(sessionId: string, opts: CreateSessionOptions, now: number): SessionState {
  const base = (opts.initial ?? {}) as Record<string, unknown> & { metadata?: Record<string, unknown> };
  const md: Record<string, unknown> = {
    created_at: now,
    ...base.metadata,
    session_id: sessionId,
    updated_at: now,
  };
  if (opts.cwd !== undefined) md.cwd = opts.cwd;
  if (opts.transcriptPath !== undefined) md.claude_transcript_path = opts.transcriptPath;
  if (opts.sessionType !== undefined) md.session_type = opts.sessionType;
  if (opts.tags !== undefined) md.tags = opts.tags;
  if (opts.description !== undefined) md.description = opts.description;
  if (opts.rlmVersion !== undefined) md.rlm_version = opts.rlmVersion;
  // Without `initial` the document is current; an `initial` without schema_version is upgraded.
  const doc: Record<string, unknown> = { ...base, metadata: md };
  if (opts.initial === undefined) doc.schema_version = 1;
  if (opts.activation) doc.activation = { ...(base.activation as object | undefined), ...opts.activation };
  return validateSession(doc);
}

/** The empty DAG index written into every new session's `cells/index.json`. */
export function emptyCellIndex(sessionId: string): string {
  const index = {
    version: 1,
    session_id: sessionId,
    cells: {},
    roots: [],
    leaves: [],
    execution_order: [],
    cycles_detected: [],
  };
  return `${JSON.stringify(index, null, 2)}\n`;
}
