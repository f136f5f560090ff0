import { z } from "zod";
import { CELL_INDEX_VERSION, CELL_STATUSES, CELL_TYPES } from "../constants.js";
import { CellIdString, EpochSeconds, JsonObject, NonNegativeInt } from "./common.js";

export const CellType = z.enum(CELL_TYPES);
export const CellStatus = z.enum(CELL_STATUSES);

export const ContextSnapshot = z.looseObject({
  /** path → `sha256:<hex>` of the content the cell read (null: read, content unknown). */
  files: z.record(z.string(), z.string().nullable()).default({}),
  conversation_slice: z.unknown().nullable().default(null),
  memory_query: z.unknown().nullable().default(null),
});

export const CellInput = z.looseObject({
  source: z.string().nullable().default(null),
  operation: z.string().nullable().default(null),
  args: z.unknown().default(null),
  context_snapshot: ContextSnapshot.default(() => ContextSnapshot.parse({})),
});

export const CellOutput = z.looseObject({
  result: z.unknown().default(null),
  error: z.string().nullable().default(null),
  execution_time_ms: z.number().nonnegative().nullable().default(null),
  /** The exact LLM text of an llm_call, so replays are deterministic. */
  cached_response: z.string().nullable().default(null),
});

export const CellTrace = z.looseObject({
  goal: z.string().nullable().default(null),
  decision: z.string().nullable().default(null),
  rationale: z.string().nullable().default(null),
});

export const CellMetadata = z.looseObject({
  depth: NonNegativeInt.default(0),
  model: z.string().nullable().default(null),
  tokens_used: NonNegativeInt.default(0),
  temperature: z.number().nullable().default(null),
  promoted_to_db: z.boolean().default(false),
});

/** `<session>/cells/<cell_id>.json`: one logical sub-task. */
export const Cell = z.looseObject({
  cell_id: CellIdString,
  created_at: EpochSeconds,
  completed_at: EpochSeconds.nullable().default(null),
  type: CellType,
  status: CellStatus,
  /** Why the cell is `stale` or `error` when the system (not the cell's run) decided it. */
  status_reason: z.string().nullable().default(null),
  input: CellInput.default(() => CellInput.parse({})),
  code: z.string().nullable().default(null),
  output: CellOutput.default(() => CellOutput.parse({})),
  dependencies: z.array(CellIdString).default([]),
  dependents: z.array(CellIdString).default([]),
  trace: CellTrace.default(() => CellTrace.parse({})),
  metadata: CellMetadata.default(() => CellMetadata.parse({})),
  extra: JsonObject.optional(),
});

export const CellIndexEntry = z.looseObject({
  type: CellType,
  status: CellStatus,
  dependencies: z.array(CellIdString),
  dependents: z.array(CellIdString),
});

/** `<session>/cells/index.json`: derived from the cell files; can always be rebuilt. */
export const CellIndex = z.looseObject({
  version: z.literal(CELL_INDEX_VERSION),
  session_id: z.string(),
  cells: z.record(CellIdString, CellIndexEntry),
  roots: z.array(CellIdString),
  leaves: z.array(CellIdString),
  execution_order: z.array(CellIdString),
  cycles_detected: z.array(z.array(CellIdString)),
  updated_at: EpochSeconds.optional(),
});

export type CellType = z.output<typeof CellType>;
export type CellStatus = z.output<typeof CellStatus>;
export type Cell = z.output<typeof Cell>;
export type CellInputDoc = z.input<typeof Cell>;
export type CellIndex = z.output<typeof CellIndex>;
export type CellIndexEntry = z.output<typeof CellIndexEntry>;
export type ContextSnapshot = z.output<typeof ContextSnapshot>;
