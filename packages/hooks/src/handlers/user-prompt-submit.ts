import type { HookContext } from "../context.js";
import type { HookInput } from "../hook-input.js";
import { type Effect, type HookResult, quiet } from "../hook-result.js";
import { applyTitle, countEvent, ensureSession } from "../session.js";

/** UserPromptSubmit: ensure the session, count the prompt (a new turn reopens an ended session). Nothing is injected. */
export function userPromptSubmit(ctx: HookContext, input: HookInput): HookResult {
  const effects: Effect[] = [];
  ensureSession(ctx, input, effects);
  ctx.store.update(input.session_id, (s) => {
    countEvent(s, ["prompts"]);
    applyTitle(ctx, s, input);
  });
  effects.push({ kind: "state_updated", fields: ["trajectory.prompts"] });
  return quiet(effects);
}
