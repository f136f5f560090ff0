import {
  LegacyContext,
  LegacyState,
  parseWith,
  SESSION_SCHEMA_VERSION,
  SessionState,
  type SessionStateInput,
} from "@rlm/session-schema";
import { type CoerceContext, toBool, toCount, toEpoch, toStringOrNull } from "../legacy/coerce.js";
import type { LoadedSession } from "../read/load-session.js";
import { note, type Problem } from "../report/problem.js";
import { claudeLink } from "./claude-link.js";
import { sha256Hex } from "./content.js";
import { fileAccessLines } from "./file-access.js";
import { accessTimes, cachedFiles, mapFiles } from "./map-files.js";
import { type MigratedToolCell, mapToolOutputs } from "./map-tool-outputs.js";
import { mergeWorkingMemory } from "./merge-working-memory.js";
import { mentionedTimes } from "./session-times.js";

type Doc = Record<string, unknown>;

/** What the migration counted for one session; `verify` proves the same counts on disk. */
export interface MappedCounts {
  toolOutputs: number;
  previews: number;
  files: number;
  workingMemoryKeys: number;
  messages: number;
  fileAccessLines: number;
  externalized: number;
  trajectories: number;
  legacyFiles: number;
}

/** One session in the new layout, ready to be written (nothing touched the disk yet). */
export interface MappedSession {
  id: string;
  session: SessionState;
  cells: MigratedToolCell[];
  /** The legacy file the tool outputs came from (named in each cell's provenance). */
  toolOutputsRef: string | null;
  /** `file-access.jsonl`: the legacy log's lines as they are. */
  fileAccess: Buffer | null;
  transcriptPath: string | null;
  /** Files under `<session>/legacy/`, by path relative to it. */
  legacyFiles: Array<{ path: string; bytes: Buffer }>;
  counts: MappedCounts;
  problems: Problem[];
}

const STATE_KEYS = new Set(Object.keys(LegacyState.shape));
const CONTEXT_KEYS = new Set(Object.keys(LegacyContext.shape));

function unmappedKeys(doc: Doc | undefined, known: Set<string>): Doc | null {
  if (!doc) return null;
  const extra = Object.fromEntries(Object.entries(doc).filter(([k]) => !known.has(k)));
  return Object.keys(extra).length > 0 ? extra : null;
}

const json = (v: unknown): Buffer => Buffer.from(`${JSON.stringify(v, null, 2)}\n`);

/** Map one loaded legacy session onto session.json, tool cells and `legacy/` files. */
export function mapSession(s: LoadedSession, nowSeconds: number): MappedSession {
  const problems: Problem[] = [...s.problems];
  const st = s.state?.value;
  const cx = s.context?.value;
  const stateCtx: CoerceContext = { source: s.state?.ref ?? `rlm-state/${s.id}.json`, sink: problems };
  const contextCtx: CoerceContext = {
    source: s.context?.ref ?? `rlm-state/${s.id}_context.json`,
    sink: problems,
  };
  const latest = s.summaries[s.summaries.length - 1];
  const summaryCtx: CoerceContext = { source: latest?.ref ?? "", sink: problems };
  const stats = (latest?.value.rlm_stats ?? {}) as Doc;
  const access = fileAccessLines(s.fileAccess, problems);

  if (st && typeof st.session_id === "string" && st.session_id !== s.id) {
    note(
      problems,
      `${stateCtx.source}#session_id`,
      `names ${JSON.stringify(st.session_id)}; the file name's id is used`,
    );
  }
  const seen = mentionedTimes(s, access.lines);
  let created = toEpoch(stateCtx, "created_at", st?.created_at);
  if (created === null) {
    created = seen.length > 0 ? Math.min(...seen) : nowSeconds;
    note(
      problems,
      `${stateCtx.source}#created_at`,
      seen.length > 0
        ? "absent: earliest time found in the legacy data used"
        : "absent and no time found anywhere: migration time used",
    );
  }
  const updated =
    toEpoch(stateCtx, "updated_at", st?.updated_at) ??
    (seen.length > 0 ? Math.max(created, ...seen) : created);
  const ended = latest
    ? toEpoch(summaryCtx, "duration_info.ended_at", (latest.value.duration_info as Doc | undefined)?.ended_at)
    : null;

  const tools = mapToolOutputs(contextCtx, s.id, cx?.tool_outputs, created);
  const files = mapFiles(
    stateCtx.source,
    problems,
    cachedFiles(st ?? null, cx ?? null),
    accessTimes(access.lines),
    created,
    updated,
  );
  const workingMemory = mergeWorkingMemory(stateCtx, st?.working_memory, contextCtx, cx?.working_memory);
  const md = s.metadata?.value;
  const mdCtx: CoerceContext = { source: s.metadata?.ref ?? "", sink: problems };
  const link = claudeLink(
    s,
    problems,
    toStringOrNull(mdCtx, "cwd", md?.cwd),
    toStringOrNull(mdCtx, "transcript_path", md?.transcript_path),
  );
  const transcript = link.transcript;

  const doc: SessionStateInput = {
    schema_version: SESSION_SCHEMA_VERSION,
    metadata: {
      session_id: s.id,
      created_at: created,
      updated_at: updated,
      ended_at: ended,
      cwd: link.cwd,
      claude_transcript_path: transcript,
      rlm_version: "legacy",
      parent_session_id: null,
      fork_point: null,
      session_type: "migrated",
      tags: ["migrated"],
      description: null,
    },
    activation: {
      rlm_active:
        toBool(stateCtx, "rlm_active", st?.rlm_active) ??
        toBool(
          { source: s.globalContext?.ref ?? "", sink: problems },
          "rlm_active",
          s.globalContext?.value.rlm_active,
        ) ??
        toBool(summaryCtx, "rlm_stats.was_active", stats.was_active) ??
        false,
      current_depth: toCount(stateCtx, "current_depth", st?.current_depth) ?? 0,
    },
    context: { files, tool_outputs: tools.previews, working_memory: workingMemory },
    budget: {
      total_tokens_used:
        toCount(stateCtx, "total_tokens_used", st?.total_tokens_used) ??
        toCount(summaryCtx, "rlm_stats.total_tokens_used", stats.total_tokens_used) ??
        0,
      total_recursive_calls:
        toCount(stateCtx, "total_recursive_calls", st?.total_recursive_calls) ??
        toCount(summaryCtx, "rlm_stats.total_recursive_calls", stats.total_recursive_calls) ??
        0,
    },
    cells: { count: tools.cells.length },
    trajectory: {
      events_count:
        toCount(stateCtx, "trajectory_events_count", st?.trajectory_events_count) ??
        toCount(summaryCtx, "rlm_stats.trajectory_events", stats.trajectory_events) ??
        0,
      export_path:
        toStringOrNull(stateCtx, "trajectory_path", st?.trajectory_path) ??
        toStringOrNull(summaryCtx, "trajectory_file", latest?.value.trajectory_file),
    },
  };
  const session = parseWith(SessionState, "session.json", doc);

  const legacyFiles: MappedSession["legacyFiles"] = [];
  // The file-access log lives on as file-access.jsonl (same bytes); everything else is copied as is.
  for (const f of s.files)
    if (f.bytes !== null && f.ref !== s.fileAccess?.ref) legacyFiles.push({ path: f.ref, bytes: f.bytes });
  const messages = Array.isArray(cx?.messages) ? (cx.messages as unknown[]) : null;
  if (messages) legacyFiles.push({ path: "messages.json", bytes: json(messages) });
  const unmapped = Object.fromEntries(
    [
      [stateCtx.source, unmappedKeys(st, STATE_KEYS)],
      [contextCtx.source, unmappedKeys(cx, CONTEXT_KEYS)],
    ].filter(([, v]) => v !== null),
  );
  if (Object.keys(unmapped).length > 0) legacyFiles.push({ path: "unmapped.json", bytes: json(unmapped) });

  const counts: MappedCounts = {
    toolOutputs: tools.cells.length,
    previews: tools.previews.length,
    files: Object.keys(files).length,
    workingMemoryKeys: Object.keys(workingMemory).length,
    messages: messages?.length ?? 0,
    fileAccessLines: access.lines.length,
    externalized: s.files.filter((f) => f.ref.startsWith("rlm-externalized/")).length,
    trajectories: s.files.filter((f) => f.ref.startsWith("rlm-trajectories/")).length,
    legacyFiles: legacyFiles.length + 1,
  };
  const sources = s.files.map((f) => ({
    ref: f.ref,
    kind: f.kind,
    sha256: f.bytes === null ? null : sha256Hex(f.bytes),
    size: f.bytes?.length ?? null,
    link_target: f.linkTarget,
  }));
  legacyFiles.push({ path: "migration.json", bytes: json({ session_id: s.id, sources, counts, problems }) });
  return {
    id: s.id,
    session,
    cells: tools.cells,
    toolOutputsRef: s.context?.ref ?? null,
    fileAccess: access.bytes,
    transcriptPath: transcript?.startsWith("/") ? transcript : null,
    legacyFiles,
    counts,
    problems,
  };
}
