// The main entry: everything of the zod-free core (`@rlm/session-schema/core`) plus the zod
// schemas (values and inferred types), the zod parsers and JSON Schema generation. Short-lived
// processes (hooks, CLIs) should import `@rlm/session-schema/core`: this entry loads zod.
export * from "./core.js";
export {
  Cell,
  CellIndex,
  CellIndexEntry,
  CellInput,
  type CellInputDoc,
  CellMetadata,
  CellOutput,
  CellStatus,
  CellTrace,
  CellType,
  ContextSnapshot,
} from "./documents/cell.js";
export { EpochSeconds, Sha256Hash } from "./documents/common.js";
export { FileAccessLine, ReasoningLine } from "./documents/file-access.js";
export { DOCUMENT_SCHEMAS } from "./documents/registry.js";
export {
  Activation,
  ActivationMode,
  Budget,
  CellsSummary,
  FileEntry,
  ForkPoint,
  ModelUsage,
  SessionContext,
  SessionMetadata,
  SessionState,
  type SessionStateInput,
  SessionType,
  ToolOutputPreview,
  Trajectory,
} from "./documents/session.js";
export { HookInput, HookOutput } from "./hook/hook-input.js";
export { documentNames, toJsonSchema } from "./json-schema.js";
export {
  LegacyContext,
  LegacyFileAccessLine,
  LegacyGlobalContext,
  LegacyManifest,
  LegacyMessage,
  LegacySessionMetadata,
  LegacyState,
  LegacyToolOutput,
  LegacyTrajectorySummary,
} from "./legacy/legacy-state.js";
export { parseWith, type SafeParseResult, safeParseWith, toIssues } from "./parse.js";
export {
  parseCell,
  parseCellIndex,
  parseFileAccessLine,
  parseHookInput,
  parseHookOutput,
  safeParseCell,
  safeParseCellIndex,
  safeParseHookInput,
} from "./parsers.js";
export { parseSession, safeParseSession } from "./session-document.js";
