import type { z } from "zod";
import { HookInput, HookOutput } from "../hook/hook-input.js";
import {
  LegacyContext,
  LegacyFileAccessLine,
  LegacyGlobalContext,
  LegacyManifest,
  LegacySessionMetadata,
  LegacyState,
  LegacyTrajectorySummary,
} from "../legacy/legacy-state.js";
import { Cell, CellIndex } from "./cell.js";
import { FileAccessLine, ReasoningLine } from "./file-access.js";
import { SessionState } from "./session.js";

/** Every on-disk document, by the file name of its committed JSON Schema (`schemas/<name>.json`). */
export const DOCUMENT_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  session: SessionState,
  cell: Cell,
  "cell-index": CellIndex,
  "file-access-line": FileAccessLine,
  "reasoning-line": ReasoningLine,
  "hook-input": HookInput,
  "hook-output": HookOutput,
  "legacy-state": LegacyState,
  "legacy-context": LegacyContext,
  "legacy-global-context": LegacyGlobalContext,
  "legacy-session-metadata": LegacySessionMetadata,
  "legacy-file-access-line": LegacyFileAccessLine,
  "legacy-manifest": LegacyManifest,
  "legacy-trajectory-summary": LegacyTrajectorySummary,
};
