import type { HookContext } from "../context.js";
import { type HookInput, str, text } from "../hook-input.js";
import { type Effect, type HookResult, quiet } from "../hook-result.js";
import { completeKeyed, createOrFind } from "../keyed.js";
import { ensureSession, recordEvents } from "../session.js";

// A subagent is a recursive call of the session: counted in the budget, and recorded as an
// `llm_call` cell keyed `agent:<agent_id>` — opened at SubagentStart, completed at
// SubagentStop with its final message as `cached_response` (a replay serves it from there)
// and its own transcript's path. Counted once, by whichever event creates the cell.

const keyOf = (agentId: string) => `agent:${agentId}`;

function spec(input: HookInput, agentId: string) {
  return {
    type: "llm_call" as const,
    key: keyOf(agentId),
    input: {
      source: "claude-code",
      operation: "subagent",
      args: { agent_id: agentId, agent_type: str(input, "agent_type") ?? null },
    },
    extra: { agent_id: agentId },
  };
}

export function subagentStart(ctx: HookContext, input: HookInput): HookResult {
  const agentId = text(input, "agent_id");
  if (agentId === undefined) return quiet([{ kind: "ignored", reason: "SubagentStart without agent_id" }]);
  const effects: Effect[] = [];
  ensureSession(ctx, input, effects);
  const made = createOrFind(ctx.cells(input.session_id), spec(input, agentId));
  const { cellId } = made;
  const created = made.cell !== null;
  effects.push({ kind: created ? "cell_opened" : "cell_existed", cellId, key: keyOf(agentId) });
  recordEvents(
    ctx,
    input.session_id,
    [],
    created ? { subagents: 1 } : {},
    created ? { recursiveCalls: 1 } : {},
  );
  return quiet(effects);
}

export function subagentStop(ctx: HookContext, input: HookInput): HookResult {
  const agentId = text(input, "agent_id");
  if (agentId === undefined) return quiet([{ kind: "ignored", reason: "SubagentStop without agent_id" }]);
  const effects: Effect[] = [];
  ensureSession(ctx, input, effects);
  const cells = ctx.cells(input.session_id);
  const message = str(input, "last_assistant_message");
  const transcript = str(input, "agent_transcript_path") ?? null;
  const outcome = {
    result: {
      agent_type: str(input, "agent_type") ?? null,
      agent_transcript_path: transcript,
      last_assistant_message: message === undefined ? null : ctx.redact(message),
    },
    cachedResponse: message === undefined ? null : ctx.redact(message),
  };
  const { cell, created } = completeKeyed(cells, keyOf(agentId), spec(input, agentId), outcome);
  const cellId = cell.cell_id;
  effects.push({ kind: "cell_completed", cellId, key: keyOf(agentId) });
  recordEvents(
    ctx,
    input.session_id,
    [],
    created ? { subagents: 1 } : {},
    created ? { recursiveCalls: 1 } : {},
  );
  return quiet(effects);
}
