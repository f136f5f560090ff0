import { closeSync, openSync, readSync } from "node:fs";
import { type LegacyDirs, refPath } from "../legacy/legacy-dirs.js";
import { parseLenientJson } from "../legacy/lenient-json.js";
import { decodeLegacyText, readLegacyFile } from "../legacy/read-legacy-file.js";

const BENIGN_REPAIR = /^Python NaN\/Infinity/;
/** The old writer's first key: `{\n  "session_id": "<id>"` (json.dump keeps insertion order). */
const LEADING_ID = /^\s*\{\s*"session_id"\s*:\s*("(?:[^"\\]|\\.)*")/;

/** True when the file starts with `"session_id": "<id>"`: a session state, whatever follows. */
function startsWithOwnId(path: string, id: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, "r");
    const head = Buffer.alloc(512);
    const n = readSync(fd, head, 0, head.length, 0);
    const m = LEADING_ID.exec(head.toString("utf8", 0, n).replace(/^\uFEFF/, ""));
    return m !== null && JSON.parse(m[1]!) === id;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Why `rlm-state/<id>.json` is not a session state, or null when it is (or may be). A file
 * that parses but carries no `session_id`, or another one, is some other program's file
 * (LEGACY.md); a damaged file that does not parse, or one that cannot be read, still counts
 * as the session's state (its problems are reported when it is loaded). The old writer put
 * `session_id` first, so a real state is recognised from its first bytes.
 */
export function notSessionState(dirs: LegacyDirs, ref: string, id: string): string | null {
  if (startsWithOwnId(refPath(dirs, ref), id)) return null;
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
