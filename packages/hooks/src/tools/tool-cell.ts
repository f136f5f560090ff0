import type { CellStore } from "@rlm/cells";
import { DELETED, hashFile } from "@rlm/cells";
import type { HookContext } from "../context.js";
import { type HookInput, obj, str, text } from "../hook-input.js";
import { createOrFind } from "../keyed.js";
import { redactDeep } from "../redact-payload.js";
import { readsBefore } from "./tool-files.js";

// A tool call is one `tool` cell, keyed by its tool_use_id: PreToolUse opens it (pending),
// PostToolUse / PostToolUseFailure complete it — in other processes, while other tool calls
// of the same turn run. The key makes the cell findable from any process without an index
// (see @rlm/cells keyed cells); a PostToolUse whose PreToolUse never came creates it completed.

export interface ToolCall {
  tool: string;
  toolUseId: string | undefined;
  /** The tool input as an object (for the file fields); `{}` when it is not one. */
  input: Record<string, unknown>;
  /** The tool input exactly as sent (kept whole in the cell, whatever its shape). */
  raw: unknown;
}

export function toolCallOf(input: HookInput): ToolCall {
  return {
    tool: text(input, "tool_name") ?? "(unknown tool)",
    toolUseId: text(input, "tool_use_id"),
    input: obj(input, "tool_input"),
    raw: input.tool_input ?? null,
  };
}

/** What the cell records as its input: the (redacted) tool input, the files it read and their writers. */
export function toolCellSpec(ctx: HookContext, cells: CellStore, input: HookInput, call: ToolCall) {
  const files: Record<string, string | null> = {};
  const dependencies: string[] = [];
  for (const path of readsBefore(call.tool, call.input)) {
    files[path] = hashFile(path) ?? DELETED;
    const writer = cells.lastWriter(path);
    if (writer !== null && !dependencies.includes(writer)) dependencies.push(writer);
  }
  const agent = text(input, "agent_id");
  return {
    type: "tool" as const,
    ...(call.toolUseId === undefined ? {} : { key: call.toolUseId }),
    input: {
      source: "claude-code",
      operation: call.tool,
      args: redactDeep(call.raw, ctx.redact),
      context_snapshot: { files },
    },
    dependencies,
    extra: {
      ...(call.toolUseId === undefined ? {} : { tool_use_id: call.toolUseId }),
      ...(agent === undefined ? {} : { agent_id: agent, agent_type: str(input, "agent_type") ?? null }),
      ...(typeof input.permission_mode === "string" ? { permission_mode: input.permission_mode } : {}),
    },
  };
}

/** The cell of this tool call: created pending unless it exists. Returns its id and whether it was new. */
export function openToolCell(
  ctx: HookContext,
  cells: CellStore,
  input: HookInput,
  call: ToolCall,
): { cellId: string; created: boolean } {
  const made = createOrFind(cells, toolCellSpec(ctx, cells, input, call));
  return { cellId: made.cellId, created: made.cell !== null };
}
