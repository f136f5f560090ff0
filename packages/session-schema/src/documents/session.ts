import { z } from "zod";
import {
  ACTIVATION_MODES,
  SESSION_SCHEMA_VERSION,
  SESSION_TYPES,
  TOOL_OUTPUT_PREVIEW_CHARS,
  TOOL_OUTPUT_WINDOW,
} from "../constants.js";
import {
  CellIdString,
  EpochSeconds,
  JsonObject,
  NonNegativeInt,
  SessionIdString,
  Sha256Hash,
} from "./common.js";

export { SESSION_SCHEMA_VERSION, TOOL_OUTPUT_PREVIEW_CHARS, TOOL_OUTPUT_WINDOW };

export const SessionType = z.enum(SESSION_TYPES);
export const ActivationMode = z.enum(ACTIVATION_MODES);

export const ForkPoint = z.looseObject({
  /** When the fork was made. */
  forked_at: EpochSeconds,
  /** The parent's `updated_at` at that moment. */
  parent_updated_at: EpochSeconds,
  /** Cells of the parent visible to the fork (shared until the fork changes them). */
  parent_cell_count: NonNegativeInt,
});

export const SessionMetadata = z.looseObject({
  session_id: SessionIdString,
  created_at: EpochSeconds,
  updated_at: EpochSeconds,
  ended_at: EpochSeconds.nullable().default(null),
  cwd: z.string().nullable().default(null),
  claude_transcript_path: z.string().nullable().default(null),
  rlm_version: z.string().default("0.1.0"),
  parent_session_id: SessionIdString.nullable().default(null),
  fork_point: ForkPoint.nullable().default(null),
  session_type: SessionType.default("default"),
  tags: z.array(z.string()).default([]),
  description: z.string().nullable().default(null),
});

export const Activation = z.looseObject({
  rlm_active: z.boolean().default(false),
  activation_mode: ActivationMode.default("complexity"),
  activation_reason: z.string().nullable().default(null),
  complexity_score: z.number().nullable().default(null),
  current_depth: NonNegativeInt.default(0),
  max_depth: z.number().int().min(1).max(3).default(2),
});

export const FileEntry = z.looseObject({
  hash: Sha256Hash.nullable(),
  size_bytes: NonNegativeInt.nullable(),
  first_access: EpochSeconds,
  last_access: EpochSeconds,
});

export const ToolOutputPreview = z.looseObject({
  tool_name: z.string(),
  content_preview: z.string().max(TOOL_OUTPUT_PREVIEW_CHARS),
  exit_code: z.number().int().nullable(),
  timestamp: EpochSeconds,
  cell_id: CellIdString.nullable().default(null),
});

export const SessionContext = z.looseObject({
  files: z.record(z.string(), FileEntry).default({}),
  tool_outputs: z.array(ToolOutputPreview).max(TOOL_OUTPUT_WINDOW).default([]),
  working_memory: JsonObject.default({}),
});

export const ModelUsage = z.looseObject({
  calls: NonNegativeInt,
  tokens: NonNegativeInt,
  cost_usd: z.number().nonnegative(),
});

export const Budget = z.looseObject({
  total_tokens_used: NonNegativeInt.default(0),
  total_recursive_calls: NonNegativeInt.default(0),
  max_recursive_calls: NonNegativeInt.default(50),
  cost_usd: z.number().nonnegative().default(0),
  by_model: z.record(z.string(), ModelUsage).default({}),
});

export const CellsSummary = z.looseObject({
  count: NonNegativeInt.default(0),
  index_path: z.literal("cells/index.json").default("cells/index.json"),
});

export const Trajectory = z.looseObject({
  events_count: NonNegativeInt.default(0),
  export_path: z.string().nullable().default(null),
});

/** `<session>/session.json`, format version 1. Unknown keys are kept, never dropped. */
export const SessionState = z.looseObject({
  schema_version: z.literal(SESSION_SCHEMA_VERSION),
  metadata: SessionMetadata,
  activation: Activation.default(() => Activation.parse({})),
  context: SessionContext.default(() => SessionContext.parse({})),
  budget: Budget.default(() => Budget.parse({})),
  cells: CellsSummary.default(() => CellsSummary.parse({})),
  trajectory: Trajectory.default(() => Trajectory.parse({})),
});

export type SessionState = z.output<typeof SessionState>;
export type SessionStateInput = z.input<typeof SessionState>;
export type SessionMetadata = z.output<typeof SessionMetadata>;
export type Activation = z.output<typeof Activation>;
export type FileEntry = z.output<typeof FileEntry>;
export type ToolOutputPreview = z.output<typeof ToolOutputPreview>;
export type SessionContext = z.output<typeof SessionContext>;
export type ModelUsage = z.output<typeof ModelUsage>;
export type Budget = z.output<typeof Budget>;
export type SessionType = z.output<typeof SessionType>;
export type ActivationMode = z.output<typeof ActivationMode>;
export type ForkPoint = z.output<typeof ForkPoint>;
