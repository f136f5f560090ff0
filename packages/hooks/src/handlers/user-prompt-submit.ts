import type { HookContext } from "../context.js";
import { type HookInput, text } from "../hook-input.js";
import { type Effect, type HookResult, quiet } from "../hook-result.js";
import { countEvent, ensureSession } from "../session.js";

/** UserPromptSubmit: ensure the session, count the prompt (a new turn reopens an ended session). Nothing is injected. */
export function userPromptSubmit(ctx: HookContext, input: HookInput): HookResult {
  const effects: Effect[] = [];
  ensureSession(ctx, input, effects);
  const title = text(input, "session_title");
  ctx.store.update(input.session_id, (s) => {
    countEvent(s, ["prompts"]);
    if (title !== undefined && s.metadata.description === null)
      s.metadata = { ...s.metadata, description: ctx.redact(title).slice(0, 200) };
  });
  effects.push({ kind: "state_updated", fields: ["trajectory.prompts"] });
  return quiet(effects);
}
