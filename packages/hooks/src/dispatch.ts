import type { HookContext } from "./context.js";
import { fileChanged } from "./handlers/file-changed.js";
import { postToolUse } from "./handlers/post-tool-use.js";
import { preCompact } from "./handlers/pre-compact.js";
import { preToolUse } from "./handlers/pre-tool-use.js";
import { sessionEnd } from "./handlers/session-end.js";
import { sessionStart } from "./handlers/session-start.js";
import { stop } from "./handlers/stop.js";
import { subagentStart, subagentStop } from "./handlers/subagent.js";
import { userPromptSubmit } from "./handlers/user-prompt-submit.js";
import type { HookInput } from "./hook-input.js";
import { type HookResult, quiet } from "./hook-result.js";

type Handler = (ctx: HookContext, input: HookInput) => HookResult;

/** Every event this package handles (and the plugin's hooks.json wires), with its handler. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  SessionStart: sessionStart,
  UserPromptSubmit: userPromptSubmit,
  PreToolUse: preToolUse,
  PostToolUse: (ctx, input) => postToolUse(ctx, input, false),
  PostToolUseFailure: (ctx, input) => postToolUse(ctx, input, true),
  FileChanged: fileChanged,
  SubagentStart: subagentStart,
  SubagentStop: subagentStop,
  PreCompact: preCompact,
  Stop: stop,
  SessionEnd: (ctx, input) => sessionEnd(ctx, input),
};

export const HANDLED_EVENTS: readonly string[] = Object.keys(HANDLERS);

/** Run the handler of `input.hook_event_name`; an event this package does not handle is a no-op. */
export function handleHookEvent(ctx: HookContext, input: HookInput): HookResult {
  const handler = Object.hasOwn(HANDLERS, input.hook_event_name)
    ? HANDLERS[input.hook_event_name]
    : undefined;
  if (handler === undefined)
    return quiet([{ kind: "ignored", reason: `event ${input.hook_event_name} is not handled` }]);
  return handler(ctx, input);
}
