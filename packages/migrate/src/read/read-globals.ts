import { lstatSync, readlinkSync, statSync } from "node:fs";
import { type FoundTranscript, indexTranscripts, type TranscriptIndex } from "../claude/transcript-index.js";
import type { Discovery } from "../discover/discovery-types.js";
import { refPath } from "../legacy/legacy-dirs.js";
import type { LegacyFile } from "../legacy/read-legacy-file.js";
import { readLegacyJson } from "../legacy/read-legacy-json.js";
import { note, type Problem, warn } from "../report/problem.js";

/** A shared legacy file (`context.json`, `session-metadata.json`) and the session it belongs to. */
export interface GlobalDoc {
  file: LegacyFile;
  value: Record<string, unknown> | null;
  sessionId: string | null;
}

export interface LegacyGlobals {
  context: GlobalDoc | null;
  metadata: GlobalDoc | null;
  /** Claude Code's transcripts by session id (null: no Claude folder was given to look in). */
  transcripts: TranscriptIndex | null;
  /** Problems reading the shared files: reported once per run. */
  problems: Problem[];
}

function readGlobal(
  discovery: Discovery,
  ref: string | null,
  problems: Problem[],
  flat: boolean,
): GlobalDoc | null {
  if (ref === null) return null;
  const json = readLegacyJson(discovery.dirs, ref, problems, flat);
  const value =
    json.value !== null && typeof json.value === "object" && !Array.isArray(json.value)
      ? (json.value as Record<string, unknown>)
      : null;
  const id = value?.session_id;
  return { file: json.file, value, sessionId: typeof id === "string" ? id : null };
}

/** `current-transcript.jsonl` is a symlink to the latest session's transcript: say when it leads nowhere. */
function checkCurrentTranscript(discovery: Discovery, problems: Problem[]): void {
  const ref = discovery.globals.currentTranscript;
  if (ref === null) return;
  const path = refPath(discovery.dirs, ref);
  try {
    if (!lstatSync(path).isSymbolicLink()) {
      note(problems, ref, "not a symlink (the old plugin made one); kept in the backup only");
      return;
    }
    const target = readlinkSync(path);
    try {
      statSync(path);
    } catch {
      warn(
        problems,
        ref,
        `dangling symlink to ${target}: that transcript is gone; the link is kept in the backup (and restored by a rollback)`,
      );
    }
  } catch {
    /* vanished since discovery: nothing to say */
  }
}

/**
 * Read the shared files once per run; each belongs to the session its `session_id` names.
 * `claudeDir`: Claude Code's folder whose `projects/` is searched for each session's transcript.
 */
export function readGlobals(discovery: Discovery, claudeDir: string | null = null): LegacyGlobals {
  const problems: Problem[] = [];
  const context = readGlobal(discovery, discovery.globals.context, problems, false);
  const metadata = readGlobal(discovery, discovery.globals.sessionMetadata, problems, true);
  const known = new Set(discovery.sessions.map((s) => s.id));
  for (const g of [context, metadata]) {
    if (g && (g.sessionId === null || !known.has(g.sessionId))) {
      const whose =
        g.sessionId === null
          ? "names no session"
          : `names session ${JSON.stringify(g.sessionId)}, which has no other legacy file`;
      problems.push({ source: g.file.ref, level: "info", message: `${whose}; kept in the backup only` });
    }
  }
  if (discovery.globals.activation !== null) {
    note(
      problems,
      discovery.globals.activation,
      "the last activation decision, for whichever session ran last (it names no session): not a session; kept in the backup only",
    );
  }
  checkCurrentTranscript(discovery, problems);
  return {
    context,
    metadata,
    transcripts: claudeDir === null ? null : indexTranscripts(claudeDir),
    problems,
  };
}

/** Claude Code's transcript of one session, when the run looks for them. */
export function findTranscript(globals: LegacyGlobals, sessionId: string): FoundTranscript | null {
  return globals.transcripts?.find(sessionId) ?? null;
}
