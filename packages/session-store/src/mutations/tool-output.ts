import { type SessionState, TOOL_OUTPUT_PREVIEW_CHARS, TOOL_OUTPUT_WINDOW } from "@rlm/session-schema/core";
import { redactSecrets } from "../redact/redact-secrets.js";

export interface ToolOutputInput {
  toolName: string;
  /** The full output; only a (redacted) preview of ≤ 1000 characters is kept in session.json. */
  content: string;
  exitCode: number | null;
  cellId?: string | null;
}

/** The first `max` UTF-16 units of `text`, never ending in half a surrogate pair. */
export function previewOf(text: string, max = TOOL_OUTPUT_PREVIEW_CHARS): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

const REDACTION_LOOKAHEAD = 8192;

/**
 * The preview session.json keeps of a tool output: redacted, ≤ 1000 characters. The
 * redaction runs over a window a little longer than the preview, so a secret cut by the
 * preview's end is still recognised whole (and a huge output is not scanned in full).
 */
export function toolOutputPreview(content: string, redact: (text: string) => string = redactSecrets): string {
  return previewOf(redact(content.slice(0, TOOL_OUTPUT_PREVIEW_CHARS + REDACTION_LOOKAHEAD)));
}

/** Append a preview to the sliding window of the last 100 tool outputs. */
export function applyToolOutput(
  state: SessionState,
  input: ToolOutputInput,
  now: number,
  redact: (text: string) => string = redactSecrets,
): SessionState {
  const entry = {
    tool_name: input.toolName,
    content_preview: toolOutputPreview(String(input.content), redact),
    exit_code: input.exitCode,
    timestamp: now,
    cell_id: input.cellId ?? null,
  };
  const outputs = [...state.context.tool_outputs, entry];
  state.context = { ...state.context, tool_outputs: outputs.slice(-TOOL_OUTPUT_WINDOW) };
  return state;
}
