import type { FoundTranscript } from "../claude/transcript-index.js";
import type { DiscoveredSession, Discovery } from "../discover/discovery-types.js";
import { type LegacyFile, readLegacyFile } from "../legacy/read-legacy-file.js";
import { readLegacyJson } from "../legacy/read-legacy-json.js";
import { note, type Problem, warn } from "../report/problem.js";
import { findTranscript, type LegacyGlobals } from "./read-globals.js";

type Doc = Record<string, unknown>;

/** Everything the legacy folders hold for one session, read as far as possible. */
export interface LoadedSession {
  id: string;
  state: { ref: string; value: Doc } | null;
  context: { ref: string; value: Doc } | null;
  fileAccess: { ref: string; bytes: Buffer } | null;
  summaries: Array<{ ref: string; value: Doc }>;
  manifests: Array<{ ref: string; value: Doc }>;
  globalContext: { ref: string; value: Doc } | null;
  metadata: { ref: string; value: Doc } | null;
  /** Claude Code's own transcript of the session (`<claude dir>/projects/*\/<id>.jsonl`), when found. */
  transcript: FoundTranscript | null;
  /** Every legacy file of the session (bytes null when unreadable), copied verbatim under `legacy/`. */
  files: LegacyFile[];
  problems: Problem[];
  /** Something could be read. False: nothing to migrate (see `empty`). */
  readable: boolean;
  /** Every file of the session is empty. */
  empty: boolean;
}

const asDoc = (v: unknown): Doc | null =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Doc) : null;

function readDoc(discovery: Discovery, ref: string | null, files: LegacyFile[], problems: Problem[]) {
  if (ref === null) return { doc: null, empty: false };
  const json = readLegacyJson(discovery.dirs, ref, problems);
  files.push(json.file);
  const doc = asDoc(json.value);
  if (json.value !== null && doc === null) warn(problems, ref, "not a JSON object; nothing could be read");
  return { doc: doc === null ? null : { ref, value: doc }, empty: json.empty };
}

export function loadSession(
  discovery: Discovery,
  globals: LegacyGlobals,
  s: DiscoveredSession,
): LoadedSession {
  const problems: Problem[] = [];
  const files: LegacyFile[] = [];
  const state = readDoc(discovery, s.state, files, problems);
  const context = readDoc(discovery, s.context, files, problems);
  let fileAccess: LoadedSession["fileAccess"] = null;
  let empties = Number(state.empty) + Number(context.empty);
  let contentFiles = 0;
  if (s.fileAccess !== null) {
    const f = readLegacyFile(discovery.dirs, s.fileAccess, problems);
    files.push(f);
    if (f.bytes !== null && f.bytes.length === 0) {
      note(problems, s.fileAccess, "empty log");
      empties++;
    } else if (f.bytes !== null) fileAccess = { ref: s.fileAccess, bytes: f.bytes };
  }
  const summaries: LoadedSession["summaries"] = [];
  for (const ref of s.trajectories) {
    if (!ref.endsWith("_summary.json")) {
      const f = readLegacyFile(discovery.dirs, ref, problems);
      files.push(f);
      if (f.bytes !== null && f.bytes.length > 0) contentFiles++;
      else if (f.bytes !== null) empties++;
      continue;
    }
    const r = readDoc(discovery, ref, files, problems);
    if (r.doc) summaries.push(r.doc);
    empties += Number(r.empty);
  }
  const manifests: LoadedSession["manifests"] = [];
  for (const ref of s.externalized) {
    if (/\/manifest_[^/]*\.json$/.test(ref)) {
      const r = readDoc(discovery, ref, files, problems);
      if (r.doc) manifests.push(r.doc);
      empties += Number(r.empty);
      continue;
    }
    const f = readLegacyFile(discovery.dirs, ref, problems);
    files.push(f);
    if (f.bytes !== null && f.bytes.length > 0) contentFiles++;
    else if (f.bytes !== null) empties++;
  }
  for (const ref of s.leftovers) {
    files.push(readLegacyFile(discovery.dirs, ref, problems));
    note(problems, ref, "temporary file left by an interrupted write: not read, kept verbatim under legacy/");
  }
  const belongs = (g: LegacyGlobals["context"]) => {
    if (!g || g.sessionId !== s.id || g.value === null) return null;
    files.push(g.file);
    return { ref: g.file.ref, value: g.value };
  };
  const globalContext = belongs(globals.context);
  const metadata = belongs(globals.metadata);
  const readable =
    state.doc !== null ||
    context.doc !== null ||
    fileAccess !== null ||
    summaries.length > 0 ||
    manifests.length > 0 ||
    contentFiles > 0;
  const counted =
    (s.state ? 1 : 0) +
    (s.context ? 1 : 0) +
    (s.fileAccess ? 1 : 0) +
    s.trajectories.length +
    s.externalized.length;
  return {
    id: s.id,
    state: state.doc,
    context: context.doc,
    fileAccess,
    summaries,
    manifests,
    globalContext,
    metadata,
    transcript: findTranscript(globals, s.id),
    files: files.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)),
    problems,
    readable,
    empty: !readable && empties === counted,
  };
}

/**
 * Why a loaded session is not migrated, and whether that is a failure; null when it can
 * be. A file or folder of it that exists but could not be read (permissions, I/O) is a
 * failure, even when the rest was read: the session would be incomplete and a re-run
 * would take it for done. It fails, naming them, and a re-run after the cause is fixed
 * migrates it whole. Files that were read but hold no usable data are a skip: the raw
 * bytes stay in the backup, and a re-run would find nothing more.
 */
export function notMigrated(
  discovery: Discovery,
  loaded: LoadedSession,
): { failed: boolean; reason: string } | null {
  const folder = `rlm-externalized/${loaded.id}`;
  const unreadable = [
    ...loaded.files.filter((f) => f.readError !== undefined).map((f) => `${f.ref} (${f.readError})`),
    ...discovery.unknown
      .filter((u) => u.readError !== undefined && (u.ref === folder || u.ref.startsWith(`${folder}/`)))
      .map((u) => `${u.ref}/ (${u.readError})`),
  ];
  if (unreadable.length > 0)
    return {
      failed: true,
      reason: `cannot read ${unreadable.join(", ")}: nothing of the session was migrated; fix the cause (permissions?) and run again`,
    };
  if (loaded.readable) return null;
  if (loaded.empty) return { failed: false, reason: "only empty files: nothing to migrate" };
  return {
    failed: false,
    reason: "nothing could be read: no usable data in its files (raw bytes kept in the backup)",
  };
}
