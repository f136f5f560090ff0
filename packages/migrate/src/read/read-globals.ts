import type { Discovery } from "../discover/discovery-types.js";
import type { LegacyFile } from "../legacy/read-legacy-file.js";
import { readLegacyJson } from "../legacy/read-legacy-json.js";
import type { Problem } from "../report/problem.js";

/** A shared legacy file (`context.json`, `session-metadata.json`) and the session it belongs to. */
export interface GlobalDoc {
  file: LegacyFile;
  value: Record<string, unknown> | null;
  sessionId: string | null;
}

export interface LegacyGlobals {
  context: GlobalDoc | null;
  metadata: GlobalDoc | null;
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

/** Read the shared files once per run; each belongs to the session its `session_id` names. */
export function readGlobals(discovery: Discovery): LegacyGlobals {
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
  return { context, metadata, problems };
}
