import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { SessionStore } from "@rlm/session-store";
import { parseTranscript } from "./parse-transcript.js";
import type { TranscriptRead } from "./transcript-message.js";

export interface SessionTranscript extends TranscriptRead {
  /** The file read (the target of transcript.jsonl), or null when there is none yet. */
  path: string | null;
  /** Why nothing was read: no link and no path in metadata, or the file does not exist yet. */
  missing?: string;
}

/**
 * Read the Claude Code transcript behind `<session>/transcript.jsonl` (a symlink that may
 * dangle until Claude Code writes it), falling back to `metadata.claude_transcript_path`.
 */
export function readSessionTranscript(store: SessionStore, sessionId: string): SessionTranscript {
  const empty = { messages: [], lines: 0, bad_lines: 0, skipped_types: {} };
  const link = join(store.sessionDir(sessionId), "transcript.jsonl");
  const candidates = [link];
  const recorded = store.load(sessionId).metadata.claude_transcript_path;
  if (recorded) candidates.push(recorded);
  for (const candidate of candidates) {
    let path: string;
    try {
      path = realpathSync(candidate);
    } catch {
      continue;
    }
    return { ...parseTranscript(readFileSync(path, "utf8")), path };
  }
  return {
    ...empty,
    path: recorded ?? null,
    missing: recorded
      ? `the transcript ${recorded} does not exist (yet)`
      : "the session has no transcript link",
  };
}
