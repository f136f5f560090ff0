import { type CoerceContext, toBool, toEpoch, toStringOrNull } from "../legacy/coerce.js";
import type { LoadedSession } from "../read/load-session.js";
import type { MigratedSession } from "./read-migrated.js";
import type { VerifyCheck } from "./verify-report.js";

type Doc = Record<string, unknown>;
const quiet = (): CoerceContext => ({ source: "", sink: [] });

/**
 * The single legacy values that became session.json fields: times, activation, and the
 * cwd and transcript path of session-metadata.json when it names the session. Only values
 * the legacy files hold are compared (a fallback the migration chose proves nothing).
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
  const fields: Array<[string, unknown, unknown]> = [
    ["created_at", toEpoch(quiet(), "", st?.created_at), meta.created_at],
    ["updated_at", toEpoch(quiet(), "", st?.updated_at), meta.updated_at],
    ["ended_at", toEpoch(quiet(), "", (latest?.duration_info as Doc | undefined)?.ended_at), meta.ended_at],
    ["rlm_active", toBool(quiet(), "", st?.rlm_active), activation.rlm_active],
    ["cwd", toStringOrNull(quiet(), "", md?.cwd), meta.cwd],
    ["claude_transcript_path", toStringOrNull(quiet(), "", md?.transcript_path), meta.claude_transcript_path],
  ];
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
