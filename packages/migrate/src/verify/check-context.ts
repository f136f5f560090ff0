import { isDeepStrictEqual } from "node:util";
import { type CoerceContext, toCount, toObject } from "../legacy/coerce.js";
import { sha256Hex, UNMAPPABLE_KEY } from "../map/content.js";
import { cachedFiles } from "../map/map-files.js";
import type { LoadedSession } from "../read/load-session.js";
import type { MigratedSession } from "./read-migrated.js";
import type { VerifyCheck } from "./verify-report.js";

type Doc = Record<string, unknown>;
const quiet = (): CoerceContext => ({ source: "", sink: [] });

/** Cached files (hash and size of each), working-memory keys and values, budget and depth counters. */
export function checkContext(
  legacy: LoadedSession,
  migrated: MigratedSession,
  diffs: string[],
): VerifyCheck[] {
  const st = legacy.state?.value ?? null;
  const cx = legacy.context?.value ?? null;
  const session = migrated.session ?? {};
  const context = (session.context ?? {}) as Doc;
  const files = (context.files ?? {}) as Record<string, Doc>;
  const cached = cachedFiles(st, cx);
  let filesOk = 0;
  cached.delete(UNMAPPABLE_KEY); // never mapped by design; proven by the verbatim copy
  for (const [path, { content }] of cached) {
    const entry = files[path];
    if (!entry) diffs.push(`file ${path} is not in context.files`);
    else if (typeof content === "string" && entry.hash !== `sha256:${sha256Hex(content)}`)
      diffs.push(`file ${path}: hash differs`);
    else if (typeof content === "string" && entry.size_bytes !== Buffer.byteLength(content, "utf8"))
      diffs.push(`file ${path}: size differs`);
    else filesOk++;
  }
  const wmState = toObject(quiet(), "", st?.working_memory) ?? {};
  const wmContext = toObject(quiet(), "", cx?.working_memory) ?? {};
  const wm = (context.working_memory ?? {}) as Doc;
  const keys = new Set([...Object.keys(wmContext), ...Object.keys(wmState)]);
  keys.delete(UNMAPPABLE_KEY);
  let wmOk = 0;
  for (const k of keys) {
    const expected = k in wmState ? wmState[k] : wmContext[k];
    if (!(k in wm)) diffs.push(`working_memory.${k} is missing`);
    else if (!isDeepStrictEqual(wm[k], expected)) diffs.push(`working_memory.${k} differs`);
    else wmOk++;
  }
  const counters: Array<[string, unknown, unknown]> = [
    ["total_tokens_used", st?.total_tokens_used, (session.budget as Doc | undefined)?.total_tokens_used],
    [
      "total_recursive_calls",
      st?.total_recursive_calls,
      (session.budget as Doc | undefined)?.total_recursive_calls,
    ],
    ["current_depth", st?.current_depth, (session.activation as Doc | undefined)?.current_depth],
    [
      "trajectory_events_count",
      st?.trajectory_events_count,
      (session.trajectory as Doc | undefined)?.events_count,
    ],
  ];
  let countersOk = 0;
  let countersSeen = 0;
  for (const [name, raw, got] of counters) {
    const want = toCount(quiet(), name, raw);
    if (want === null) continue;
    countersSeen++;
    if (want === got) countersOk++;
    else diffs.push(`${name}: legacy ${want}, migrated ${String(got)}`);
  }
  return [
    { name: "files", legacy: cached.size, migrated: filesOk, ok: filesOk === cached.size },
    { name: "working_memory_keys", legacy: keys.size, migrated: wmOk, ok: wmOk === keys.size },
    { name: "counters", legacy: countersSeen, migrated: countersOk, ok: countersOk === countersSeen },
  ];
}
