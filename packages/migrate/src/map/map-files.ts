import type { FileEntry } from "@rlm/session-schema";
import { parseIsoSeconds } from "../legacy/coerce.js";
import { type ProblemSink, warn } from "../report/problem.js";
import { sha256Hex, UNMAPPABLE_KEY, UNMAPPABLE_MESSAGE } from "./content.js";

type Doc = Record<string, unknown>;

/** When each file was first and last touched, from the legacy file-access log. */
export function accessTimes(lines: string[]): Map<string, { first: number; last: number }> {
  const out = new Map<string, { first: number; last: number }>();
  for (const line of lines) {
    let rec: Doc;
    try {
      rec = JSON.parse(line) as Doc;
    } catch {
      continue;
    }
    const t = typeof rec?.timestamp === "string" ? parseIsoSeconds(rec.timestamp) : null;
    if (typeof rec?.file !== "string" || t === null) continue;
    const seen = out.get(rec.file);
    if (!seen) out.set(rec.file, { first: t, last: t });
    else {
      seen.first = Math.min(seen.first, t);
      seen.last = Math.max(seen.last, t);
    }
  }
  return out;
}

/** The cached files of a session: the state's `file_cache` first, then the context's `files`. */
export function cachedFiles(
  state: Doc | null,
  context: Doc | null,
): Map<string, { content: unknown; other?: unknown }> {
  const out = new Map<string, { content: unknown; other?: unknown }>();
  const fromState = state?.file_cache;
  const fromContext = context?.files;
  if (fromState && typeof fromState === "object" && !Array.isArray(fromState)) {
    for (const [p, c] of Object.entries(fromState as Doc)) out.set(p, { content: c });
  }
  if (fromContext && typeof fromContext === "object" && !Array.isArray(fromContext)) {
    for (const [p, c] of Object.entries(fromContext as Doc)) {
      const seen = out.get(p);
      if (seen) seen.other = c;
      else out.set(p, { content: c });
    }
  }
  return out;
}

/**
 * `context.files`: one entry per cached path with `sha256:<hex>` and the UTF-8 size of the
 * cached content; access times from the file-access log, else the session's own times.
 */
export function mapFiles(
  source: string,
  sink: ProblemSink,
  files: ReturnType<typeof cachedFiles>,
  times: ReturnType<typeof accessTimes>,
  created: number,
  updated: number,
): Record<string, FileEntry> {
  const out: Record<string, FileEntry> = {};
  for (const [path, { content, other }] of files) {
    if (path === UNMAPPABLE_KEY) {
      warn(sink, `${source}#files.${path}`, UNMAPPABLE_MESSAGE);
      continue;
    }
    const text = typeof content === "string" ? content : null;
    if (text === null)
      warn(sink, `${source}#files.${path}`, "cached content is not text; hash and size left unset");
    if (other !== undefined && other !== content) {
      warn(
        sink,
        `${source}#files.${path}`,
        "state and context cache different contents; hashed the state's (both kept under legacy/)",
      );
    }
    const t = times.get(path);
    out[path] = {
      hash: text === null ? null : `sha256:${sha256Hex(text)}`,
      size_bytes: text === null ? null : Buffer.byteLength(text, "utf8"),
      first_access: t?.first ?? created,
      last_access: t?.last ?? updated,
    };
  }
  return out;
}
