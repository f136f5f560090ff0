import type { OpContext } from "../bridge/op-context.js";
import { usageError } from "../errors/repl-error.js";
import type { OpOutcome } from "./op-spec.js";

/** Working memory on the session directory (the old bridge's `context.json`). */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const store = ctx.store();
  const action = args.action as string;
  if (action === "set") {
    const updates = args.updates as Record<string, unknown> | undefined;
    if (updates === undefined)
      throw usageError(
        'context set needs "updates": an object of keys → values',
        'e.g. --args \'{"action": "set", "updates": {"plan": "fix the parser"}}\'',
      );
    const s = store.mergeWorkingMemory(ctx.sessionId, updates);
    return {
      result: {
        status: "updated",
        keys: Object.keys(updates),
        working_memory_keys: Object.keys(s.context.working_memory),
      },
    };
  }
  if (action === "delete") {
    const keys = args.keys as string[] | undefined;
    if (keys === undefined)
      throw usageError(
        'context delete needs "keys": the keys to remove',
        'e.g. --args \'{"action": "delete", "keys": ["plan"]}\'; {"action": "keys"} lists them',
      );
    const removed: string[] = [];
    const s = store.update(ctx.sessionId, (draft) => {
      const wm = { ...draft.context.working_memory };
      for (const k of keys) if (Object.hasOwn(wm, k) && delete wm[k]) removed.push(k);
      draft.context = { ...draft.context, working_memory: wm };
    });
    return {
      result: { status: "deleted", removed, working_memory_keys: Object.keys(s.context.working_memory) },
    };
  }
  const s = store.load(ctx.sessionId);
  const wm = s.context.working_memory;
  if (action === "keys") {
    return {
      result: {
        status: "ok",
        keys: {
          working_memory: Object.keys(wm),
          files: Object.keys(s.context.files),
          tool_outputs: s.context.tool_outputs.length,
        },
      },
    };
  }
  const only = args.keys as string[] | undefined;
  const picked =
    only === undefined
      ? wm
      : Object.fromEntries(only.filter((k) => Object.hasOwn(wm, k)).map((k) => [k, wm[k]]));
  return {
    result: {
      status: "ok",
      working_memory: picked,
      files: Object.keys(s.context.files),
      tool_outputs: s.context.tool_outputs.length,
      activation: s.activation,
    },
  };
}
