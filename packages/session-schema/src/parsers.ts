import { Cell, CellIndex } from "./documents/cell.js";
import { FileAccessLine } from "./documents/file-access.js";
import type { ValidationError } from "./errors/validation-error.js";
import { HookInput, HookOutput } from "./hook/hook-input.js";
import { parseWith, type SafeParseResult, safeParseWith } from "./parse.js";
import { assertNoProtoKeysInCell } from "./proto-keys.js";

export const parseCell = (v: unknown, file?: string): Cell => {
  assertNoProtoKeysInCell(v, file);
  return parseWith(Cell, "cell", v, file);
};
export const safeParseCell = (v: unknown, file?: string): SafeParseResult<Cell> => {
  try {
    assertNoProtoKeysInCell(v, file);
  } catch (error) {
    return { ok: false, error: error as ValidationError };
  }
  return safeParseWith(Cell, "cell", v, file);
};
export const parseCellIndex = (v: unknown, file?: string): CellIndex =>
  parseWith(CellIndex, "cell index", v, file);
export const safeParseCellIndex = (v: unknown, file?: string): SafeParseResult<CellIndex> =>
  safeParseWith(CellIndex, "cell index", v, file);
export const parseFileAccessLine = (v: unknown): FileAccessLine =>
  parseWith(FileAccessLine, "file-access line", v);
export const parseHookInput = (v: unknown): HookInput => parseWith(HookInput, "hook input", v);
export const safeParseHookInput = (v: unknown): SafeParseResult<HookInput> =>
  safeParseWith(HookInput, "hook input", v);
export const parseHookOutput = (v: unknown): HookOutput => parseWith(HookOutput, "hook output", v);
