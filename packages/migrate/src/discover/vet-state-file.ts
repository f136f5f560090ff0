import type { LegacyDirs } from "../legacy/legacy-dirs.js";
import { parseLenientJson } from "../legacy/lenient-json.js";
import { decodeLegacyText, readLegacyFile } from "../legacy/read-legacy-file.js";

const BENIGN_REPAIR = /^Python NaN\/Infinity/;

/**
 * Why `rlm-state/<id>.json` is not a session state, or null when it is (or may be). A file
 * that parses but carries no `session_id`, or another one, is some other program's file
 * (LEGACY.md); a damaged file that does not parse, or one that cannot be read, still counts
 * as the session's state (its problems are reported when it is loaded).
 */
export function notSessionState(dirs: LegacyDirs, ref: string, id: string): string | null {
  const file = readLegacyFile(dirs, ref, []);
  if (file.bytes === null) return null;
  const parsed = parseLenientJson(decodeLegacyText(file.bytes, ref, []));
  if (!parsed.ok || parsed.repairs.some((r) => !BENIGN_REPAIR.test(r))) return null;
  const v = parsed.value;
  const sid =
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? (v as Record<string, unknown>).session_id
      : undefined;
  if (sid === undefined || sid === null)
    return 'parses but carries no "session_id": not a session state; kept in the backup';
  if (String(sid) !== id)
    return `names session ${JSON.stringify(String(sid).slice(0, 80))}, not ${JSON.stringify(id)}: not this session's state; kept in the backup`;
  return null;
}
