// Versions, window sizes and enumerations of the on-disk format, without any schema
// library: the zod schemas (documents/) and the zod-free core both read them from here.

export const SESSION_SCHEMA_VERSION = 1;
/** session.json keeps the previews of the last this-many tool outputs. */
export const TOOL_OUTPUT_WINDOW = 100;
/** A tool-output preview holds at most this many UTF-16 code units. */
export const TOOL_OUTPUT_PREVIEW_CHARS = 1000;
/** `cells/index.json` format version. */
export const CELL_INDEX_VERSION = 1;

export const CELL_TYPES = ["repl", "tool", "llm_call", "map_reduce", "verification"] as const;
export const CELL_STATUSES = ["pending", "done", "error", "stale"] as const;
export const SESSION_TYPES = ["default", "migrated", "fork", "checkpoint"] as const;
export const ACTIVATION_MODES = ["complexity", "manual", "always", "never"] as const;
