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
  SESSION_SCHEMA_VERSION,
  SessionContext,
  SessionMetadata,
  SessionState,
  type SessionStateInput,
  SessionType,
  TOOL_OUTPUT_PREVIEW_CHARS,
  TOOL_OUTPUT_WINDOW,
  ToolOutputPreview,
  Trajectory,
} from "./documents/session.js";
export { CorruptFileError } from "./errors/corrupt-file-error.js";
export { InvalidIdError } from "./errors/invalid-id-error.js";
export { isRlmError, RlmError, type RlmErrorCode, type RlmErrorOptions } from "./errors/rlm-error.js";
export { SchemaVersionError } from "./errors/schema-version-error.js";
export { ValidationError, type ValidationIssue } from "./errors/validation-error.js";
export { HookInput, HookOutput } from "./hook/hook-input.js";
export {
  assertCellId,
  assertSessionId,
  CELL_ID_PATTERN,
  isCellId,
  isSessionId,
  MAX_ID_LENGTH,
  RESERVED_SESSION_IDS,
  sessionIdProblem,
} from "./ids.js";
export { documentNames, toJsonSchema } from "./json-schema.js";
export { assertJsonValue, type JsonValueProblem, jsonValueProblem } from "./json-value.js";
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
export { assertNoProtoKeysInCell, assertNoProtoKeysInSession } from "./proto-keys.js";
export { parseSession, safeParseSession } from "./session-document.js";
export { upgradeSessionDocument } from "./upgrade-session.js";
