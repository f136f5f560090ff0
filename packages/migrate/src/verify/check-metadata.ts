import { readlinkSync } from "node:fs";
import { join } from "node:path";
import { TRANSCRIPT_LINK } from "@rlm/session-store";
import { type CoerceContext, toBool, toEpoch, toStringOrNull } from "../legacy/coerce.js";
import { unusableTranscript } from "../map/claude-link.js";
import type { LoadedSession } from "../read/load-session.js";
import type { MigratedSession } from "./read-migrated.js";
import type { VerifyCheck } from "./verify-report.js";

type Doc = Record<string, unknown>;
const quiet = (): CoerceContext => ({ source: "", sink: [] });

/**
 * The single legacy values that became session.json fields: times, activation, and the
 * cwd and transcript path of session-metadata.json when it names the session (else of
 * Claude Code's transcript, found again on disk; a recorded path that is no longer a file is
 * not linked, see claude-link.ts); the `transcript.jsonl` link must lead to
 * that transcript path. Only values the sources hold are compared (a fallback the
 * migration chose proves nothing).
 */
export function checkMetadata(
  legacy: LoadedSession,
  migrated: MigratedSession,
  diffs: string[],
): VerifyCheck {
  const st = legacy.state?.value;
  const md = legacy.metadata?.value;
  const latest = legacy.summaries[legacy.summaries.length - 1]?.value;
  const session = migrated.session ?? {};
  const meta = (session.metadata ?? {}) as Doc;
  const activation = (session.activation ?? {}) as Doc;
  const recorded = toStringOrNull(quiet(), "", md?.transcript_path);
  const transcript = recorded !== null && unusableTranscript(recorded) === null ? recorded : null;
  const fields: Array<[string, unknown, unknown]> = [
    ["created_at", toEpoch(quiet(), "", st?.created_at), meta.created_at],
    ["updated_at", toEpoch(quiet(), "", st?.updated_at), meta.updated_at],
    ["ended_at", toEpoch(quiet(), "", (latest?.duration_info as Doc | undefined)?.ended_at), meta.ended_at],
    ["rlm_active", toBool(quiet(), "", st?.rlm_active), activation.rlm_active],
    ["cwd", toStringOrNull(quiet(), "", md?.cwd) ?? legacy.transcript?.cwd ?? null, meta.cwd],
    ["claude_transcript_path", transcript ?? legacy.transcript?.path ?? null, meta.claude_transcript_path],
  ];
  const linked = meta.claude_transcript_path;
  if (typeof linked === "string" && linked.startsWith("/")) {
    let target: string | null = null;
    try {
      target = readlinkSync(join(migrated.dir, TRANSCRIPT_LINK));
    } catch {
      /* absent or not a link: a difference */
    }
    fields.push([TRANSCRIPT_LINK, linked, target]);
  }
  let seen = 0;
  let same = 0;
  for (const [name, want, got] of fields) {
    if (want === null) continue;
    seen++;
    if (want === got) same++;
    else diffs.push(`${name}: legacy ${JSON.stringify(want)}, migrated ${JSON.stringify(got) ?? "absent"}`);
  }
  return { name: "metadata", legacy: seen, migrated: same, ok: same === seen };
}
