import { z } from "zod";

// The old plugin wrote these with Python json.dump(default=str): a number may arrive as a
// string, a field may be missing. Schemas here describe what can be found, leniently;
// `@rlm/migrate` coerces values and reports what it could not read.
const Num = z.union([z.number(), z.string()]).nullable();
const Obj = z.record(z.string(), z.unknown());

/** `rlm-state/<session_id>.json` */
export const LegacyState = z.looseObject({
  session_id: z.string().optional(),
  created_at: Num.optional(),
  updated_at: Num.optional(),
  rlm_active: z.union([z.boolean(), z.string()]).nullable().optional(),
  current_depth: Num.optional(),
  total_recursive_calls: Num.optional(),
  total_tokens_used: Num.optional(),
  working_memory: Obj.nullable().optional(),
  file_cache: z.record(z.string(), z.unknown()).nullable().optional(),
  tool_outputs_count: Num.optional(),
  trajectory_path: z.string().nullable().optional(),
  trajectory_events_count: Num.optional(),
});

export const LegacyMessage = z.looseObject({
  role: z.string().optional(),
  content: z.unknown().optional(),
  timestamp: Num.optional(),
});

export const LegacyToolOutput = z.looseObject({
  tool_name: z.string().nullable().optional(),
  content: z.unknown().optional(),
  exit_code: Num.optional(),
  timestamp: Num.optional(),
});

/** `rlm-state/<session_id>_context.json` */
export const LegacyContext = z.looseObject({
  messages: z.array(z.unknown()).nullable().optional(),
  files: z.record(z.string(), z.unknown()).nullable().optional(),
  tool_outputs: z.array(z.unknown()).nullable().optional(),
  working_memory: Obj.nullable().optional(),
});

/** `rlm-state/context.json`: the REPL's view of the latest session. */
export const LegacyGlobalContext = z.looseObject({
  conversation: z.array(z.unknown()).nullable().optional(),
  files: z.record(z.string(), z.unknown()).nullable().optional(),
  tool_outputs: z.array(z.unknown()).nullable().optional(),
  working_memory: Obj.nullable().optional(),
  session_id: z.string().nullable().optional(),
  rlm_active: z.union([z.boolean(), z.string()]).nullable().optional(),
  last_tool: z.unknown().optional(),
});

/** `rlm-state/session-metadata.json` (most recent session only). */
export const LegacySessionMetadata = z.looseObject({
  session_id: z.string().optional(),
  transcript_path: z.string().nullable().optional(),
  cwd: z.string().nullable().optional(),
  started_at: z.string().nullable().optional(),
});

/** One line of `rlm-state/file-access-<session_id>.jsonl`. */
export const LegacyFileAccessLine = z.looseObject({
  timestamp: z.string().optional(),
  tool: z.string().optional(),
  file: z.string().optional(),
  pattern: z.string().optional(),
});

/** `rlm-externalized/<session_id>/manifest_<T>.json` */
export const LegacyManifest = z.looseObject({
  session_id: z.string().optional(),
  timestamp: Num.optional(),
  state_file: z.string().nullable().optional(),
  externalized_at: z.unknown().optional(),
  context_stats: z
    .looseObject({ messages: Num.optional(), files: Num.optional(), tool_outputs: Num.optional() })
    .optional(),
});

/** `rlm-trajectories/<YYYYMMDD>_<session_id>_summary.json` */
export const LegacyTrajectorySummary = z.looseObject({
  session_id: z.string().optional(),
  timestamp: z.unknown().optional(),
  date: z.string().optional(),
  duration_info: z.looseObject({ created_at: Num.optional(), ended_at: Num.optional() }).optional(),
  rlm_stats: z
    .looseObject({
      was_active: z.union([z.boolean(), z.string()]).nullable().optional(),
      max_depth: Num.optional(),
      total_recursive_calls: Num.optional(),
      total_tokens_used: Num.optional(),
      trajectory_events: Num.optional(),
    })
    .optional(),
  context_stats: z
    .looseObject({ tool_outputs_count: Num.optional(), files_cached: Num.optional() })
    .optional(),
  state_file: z.string().nullable().optional(),
  trajectory_file: z.string().nullable().optional(),
  cleaned_old_sessions: z.unknown().optional(),
});

export type LegacyState = z.output<typeof LegacyState>;
export type LegacyContext = z.output<typeof LegacyContext>;
export type LegacyMessage = z.output<typeof LegacyMessage>;
export type LegacyToolOutput = z.output<typeof LegacyToolOutput>;
export type LegacyGlobalContext = z.output<typeof LegacyGlobalContext>;
export type LegacySessionMetadata = z.output<typeof LegacySessionMetadata>;
export type LegacyFileAccessLine = z.output<typeof LegacyFileAccessLine>;
export type LegacyManifest = z.output<typeof LegacyManifest>;
export type LegacyTrajectorySummary = z.output<typeof LegacyTrajectorySummary>;
