import { statSync } from "node:fs";
import { isAbsolute } from "node:path";
import type { LoadedSession } from "../read/load-session.js";
import { note, type ProblemSink } from "../report/problem.js";

/** Why a transcript path from the legacy records cannot be linked, or null when it is a regular file. */
export function unusableTranscript(path: string): string | null {
  if (!isAbsolute(path)) return "is not an absolute path";
  try {
    return statSync(path).isFile() ? null : "is not a regular file";
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? "does not exist" : `cannot be read (${code})`;
  }
}

/** Where a problem about Claude Code's transcript of session `id` is reported. */
export const transcriptSource = (id: string) => `claude/projects/*/${id}.jsonl`;

/**
 * The session's link to Claude Code: `cwd` and transcript path from `session-metadata.json`
 * when it names the session (the legacy record wins), else from Claude Code's own transcript
 * found on disk (its lines carry `cwd`). A recorded transcript path that is no longer a
 * file (Claude Code deletes old transcripts) is not linked: the one found on disk is, if
 * any. Says when no transcript was found.
 */
export function claudeLink(
  s: LoadedSession,
  sink: ProblemSink,
  metadataCwd: string | null,
  recordedTranscript: string | null,
): { cwd: string | null; transcript: string | null } {
  const found = s.transcript;
  const source = transcriptSource(s.id);
  const why = recordedTranscript === null ? null : unusableTranscript(recordedTranscript);
  if (why !== null)
    note(
      sink,
      s.metadata?.ref ?? source,
      `transcript_path ${recordedTranscript} ${why}: not linked${found === null ? "" : `; linked ${found.path}, found on disk`}`,
    );
  const metadataTranscript = why === null ? recordedTranscript : null;
  if (found === null) {
    if (metadataTranscript === null)
      note(sink, source, "Claude Code's transcript of this session was not found: no transcript link");
    return { cwd: metadataCwd, transcript: metadataTranscript };
  }
  if (found.others.length > 0)
    note(sink, source, `also found at ${found.others.join(", ")}; linked the newest, ${found.path}`);
  if (metadataCwd === null && found.cwd === null)
    note(sink, source, `${found.path} has no line carrying "cwd": cwd left unset`);
  return { cwd: metadataCwd ?? found.cwd, transcript: metadataTranscript ?? found.path };
}
