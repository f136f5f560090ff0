// `@rlm/session-schema/core`: everything a short-lived process needs, without zod (a hook
// must not pay ~50 ms to load and build a schema library). The main entry re-exports all
// of this and adds the zod schemas, the zod parsers and JSON Schema generation.
export {
  ACTIVATION_MODES,
  CELL_INDEX_VERSION,
  CELL_STATUSES,
  CELL_TYPES,
  SESSION_SCHEMA_VERSION,
  SESSION_TYPES,
  TOOL_OUTPUT_PREVIEW_CHARS,
  TOOL_OUTPUT_WINDOW,
} from "./constants.js";
export type { CheckResult, SafeParseResult } from "./core/result.js";
export {
  checkCellIndexEntry,
  checkDocument,
  checkFileEntry,
  checkSessionMetadata,
  checkSessionState,
  checkToolOutputPreview,
  DOCUMENT_NAMES,
  type DocumentName,
  safeValidateCell,
  safeValidateCellIndex,
  safeValidateHookInput,
  safeValidateSession,
  validateCell,
  validateCellIndex,
  validateFileAccessLine,
  validateHookInput,
  validateHookOutput,
  validateReasoningLine,
  validateSession,
} from "./core/validate.js";
export type {
  Cell,
  CellIndex,
  CellIndexEntry,
  CellInputDoc,
  CellStatus,
  CellType,
  ContextSnapshot,
} from "./documents/cell.js";
export type { FileAccessLine, ReasoningLine } from "./documents/file-access.js";
export type {
  Activation,
  ActivationMode,
  Budget,
  FileEntry,
  ForkPoint,
  ModelUsage,
  SessionContext,
  SessionMetadata,
  SessionState,
  SessionStateInput,
  SessionType,
  ToolOutputPreview,
} from "./documents/session.js";
export { CorruptFileError } from "./errors/corrupt-file-error.js";
export { InvalidIdError } from "./errors/invalid-id-error.js";
export { isRlmError, RlmError, type RlmErrorCode, type RlmErrorOptions } from "./errors/rlm-error.js";
export { SchemaVersionError } from "./errors/schema-version-error.js";
export { ValidationError, type ValidationIssue } from "./errors/validation-error.js";
export type { HookInput, HookOutput } from "./hook/hook-input.js";
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
export { assertJsonValue, type JsonValueProblem, jsonValueProblem } from "./json-value.js";
export { assertNoProtoKeysInCell, assertNoProtoKeysInSession } from "./proto-keys.js";
export { upgradeSessionDocument } from "./upgrade-session.js";
