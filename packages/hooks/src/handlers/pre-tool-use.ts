import { previewOf } from "@rlm/session-store";
import type { HookContext } from "../context.js";
import type { HookInput } from "../hook-input.js";
import { type Effect, type HookResult, quiet } from "../hook-result.js";
import { ensureSession, recordEvents } from "../session.js";
import { openToolCell, toolCallOf } from "../tools/tool-cell.js";

const INPUT_PREVIEW = 200;

/** PreToolUse: open the tool call's pending cell (files it reads hashed, their writers as dependencies); `last_tool`. */
export function preToolUse(ctx: HookContext, input: HookInput): HookResult {
  const effects: Effect[] = [];
  ensureSession(ctx, input, effects);
  const call = toolCallOf(input);
  const cells = ctx.cells(input.session_id);
  let cellId: string | null = null;
  if (call.toolUseId !== undefined) {
    const opened = openToolCell(ctx, cells, input, call);
    cellId = opened.cellId;
    effects.push({ kind: opened.created ? "cell_opened" : "cell_existed", cellId, key: call.toolUseId });
  }
  recordEvents(ctx, input.session_id, [
    {
      type: "working_memory",
      key: "last_tool",
      value: {
        name: call.tool,
        input_preview: previewOf(ctx.redact(safeJson(call.raw).slice(0, 4 * INPUT_PREVIEW)), INPUT_PREVIEW),
        tool_use_id: call.toolUseId ?? null,
        cell_id: cellId,
        at: ctx.now(),
      },
    },
  ]);
  effects.push({
    kind: "state_updated",
    fields: ["context.working_memory.last_tool", "trajectory.events_count"],
  });
  return quiet(effects);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}
