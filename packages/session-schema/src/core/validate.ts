import type { Cell, CellIndex, CellIndexEntry } from "../documents/cell.js";
import type { FileAccessLine, ReasoningLine } from "../documents/file-access.js";
import type { FileEntry, SessionMetadata, SessionState, ToolOutputPreview } from "../documents/session.js";
import { SchemaVersionError } from "../errors/schema-version-error.js";
import { ValidationError } from "../errors/validation-error.js";
import type { HookInput, HookOutput } from "../hook/hook-input.js";
import { assertNoProtoKeysInCell, assertNoProtoKeysInSession } from "../proto-keys.js";
import { upgradeSessionDocument } from "../upgrade-session.js";
import type { CheckResult, SafeParseResult } from "./result.js";
import { type NodeCheck, runCheck } from "./validator-runtime.js";
import {
  cellIndexEntryCheck,
  DOCUMENT_CHECKS,
  type DocumentName,
  fileEntryCheck,
  sessionMetadataCheck,
  sessionStateCheck,
  toolOutputPreviewCheck,
} from "./validators.generated.js";

// zod-free validation, generated from the committed JSON Schemas (validators.generated.ts).
// Same contract as the zod parsers of the main entry (tested on random and mutated
// documents): the same documents accepted, the same output (defaults filled exactly as
// zod fills them, unknown keys kept), failures as ValidationError naming each field by dot
// path. Nothing here loads zod.

function validate<T>(check: NodeCheck, document: string, value: unknown, file?: string): T {
  const r = runCheck<T>(check, value);
  if (!r.ok) throw new ValidationError(document, r.issues, file);
  return r.value;
}

function safe<T, E>(fn: () => T, ...kinds: (abstract new (...a: never[]) => E)[]): SafeParseResult<T, E> {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    if (kinds.some((k) => err instanceof k)) return { ok: false, error: err as E };
    throw err;
  }
}

/**
 * session.json of any supported version → the current state (older documents upgraded in
 * memory). Throws SchemaVersionError for a newer version, ValidationError otherwise.
 * The zod-free twin of `parseSession`.
 */
export function validateSession(value: unknown, file?: string): SessionState {
  assertNoProtoKeysInSession(value, file);
  return validate(sessionStateCheck, "session.json", upgradeSessionDocument(value, file), file);
}

export function safeValidateSession(
  value: unknown,
  file?: string,
): SafeParseResult<SessionState, ValidationError | SchemaVersionError> {
  return safe<SessionState, ValidationError | SchemaVersionError>(
    () => validateSession(value, file),
    ValidationError,
    SchemaVersionError,
  );
}

/** A cell file → the cell with defaults filled (the zod-free twin of `parseCell`). */
export function validateCell(value: unknown, file?: string): Cell {
  assertNoProtoKeysInCell(value, file);
  return validate(DOCUMENT_CHECKS.cell, "cell", value, file);
}

export function safeValidateCell(value: unknown, file?: string): SafeParseResult<Cell> {
  return safe(() => validateCell(value, file), ValidationError);
}

export function validateCellIndex(value: unknown, file?: string): CellIndex {
  return validate(DOCUMENT_CHECKS["cell-index"], "cell index", value, file);
}

export function safeValidateCellIndex(value: unknown, file?: string): SafeParseResult<CellIndex> {
  return safe(() => validateCellIndex(value, file), ValidationError);
}

export function validateFileAccessLine(value: unknown, file?: string): FileAccessLine {
  return validate(DOCUMENT_CHECKS["file-access-line"], "file-access line", value, file);
}

export function validateReasoningLine(value: unknown, file?: string): ReasoningLine {
  return validate(DOCUMENT_CHECKS["reasoning-line"], "reasoning line", value, file);
}

/** Claude Code hook stdin (lenient: only `session_id` and `hook_event_name` required). */
export function validateHookInput(value: unknown): HookInput {
  return validate(DOCUMENT_CHECKS["hook-input"], "hook input", value);
}

export function safeValidateHookInput(value: unknown): SafeParseResult<HookInput> {
  return safe(() => validateHookInput(value), ValidationError);
}

export function validateHookOutput(value: unknown): HookOutput {
  return validate(DOCUMENT_CHECKS["hook-output"], "hook output", value);
}

/** A current-version session state as is (no upgrade, no `__proto__` check, no throw). */
export function checkSessionState(value: unknown): CheckResult<SessionState> {
  return runCheck(sessionStateCheck, value);
}

/** `metadata` of session.json. */
export function checkSessionMetadata(value: unknown): CheckResult<SessionMetadata> {
  return runCheck(sessionMetadataCheck, value);
}

/** One `context.files` entry. */
export function checkFileEntry(value: unknown): CheckResult<FileEntry> {
  return runCheck(fileEntryCheck, value);
}

/** One `context.tool_outputs` preview. */
export function checkToolOutputPreview(value: unknown): CheckResult<ToolOutputPreview> {
  return runCheck(toolOutputPreviewCheck, value);
}

/** One entry of `cells/index.json`'s `cells` map. */
export function checkCellIndexEntry(value: unknown): CheckResult<CellIndexEntry> {
  return runCheck(cellIndexEntryCheck, value);
}

/** Any committed document by its schema name (`session`, `cell`, `legacy-state`, …), as is. */
export function checkDocument(name: DocumentName, value: unknown): CheckResult<unknown> {
  return runCheck(DOCUMENT_CHECKS[name], value);
}

export type { DocumentName };
export const DOCUMENT_NAMES: readonly DocumentName[] = Object.keys(DOCUMENT_CHECKS).sort() as DocumentName[];
