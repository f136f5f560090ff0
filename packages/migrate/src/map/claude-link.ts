import type { LoadedSession } from "../read/load-session.js";
import { note, type ProblemSink } from "../report/problem.js";

/** Where a problem about Claude Code's transcript of session `id` is reported. */
export const transcriptSource = (id: string) => `claude/projects/*/${id}.jsonl`;

/**
 * The session's link to Claude Code: `cwd` and transcript path from `session-metadata.json`
 * when it names the session (the legacy record wins), else from Claude Code's own transcript
 * found on disk (its lines carry `cwd`). Says when no transcript was found.
 */
export function claudeLink(
  s: LoadedSession,
  sink: ProblemSink,
  metadataCwd: string | null,
  metadataTranscript: string | null,
): { cwd: string | null; transcript: string | null } {
  const found = s.transcript;
  const source = transcriptSource(s.id);
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
