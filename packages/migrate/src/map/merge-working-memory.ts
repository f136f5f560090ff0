import { isDeepStrictEqual } from "node:util";
import { type CoerceContext, toObject } from "../legacy/coerce.js";
import { note, warn } from "../report/problem.js";
import { UNMAPPABLE_KEY, UNMAPPABLE_MESSAGE } from "./content.js";

function withoutUnmappable(ctx: CoerceContext, wm: Record<string, unknown> | null): Record<string, unknown> {
  if (wm === null) return {};
  if (!Object.hasOwn(wm, UNMAPPABLE_KEY)) return wm;
  warn(ctx.sink, `${ctx.source}#working_memory.${UNMAPPABLE_KEY}`, UNMAPPABLE_MESSAGE);
  return Object.fromEntries(Object.entries(wm).filter(([k]) => k !== UNMAPPABLE_KEY));
}

/** The state's working memory, plus keys only the context file has; differing values are noted. */
export function mergeWorkingMemory(
  stateCtx: CoerceContext,
  fromState: unknown,
  contextCtx: CoerceContext,
  fromContext: unknown,
): Record<string, unknown> {
  const s = withoutUnmappable(stateCtx, toObject(stateCtx, "working_memory", fromState));
  const c = withoutUnmappable(contextCtx, toObject(contextCtx, "working_memory", fromContext));
  const differing = Object.keys(c).filter((k) => k in s && !isDeepStrictEqual(s[k], c[k]));
  if (differing.length > 0) {
    note(
      stateCtx.sink,
      `${contextCtx.source}#working_memory`,
      `differs from the state's for ${differing.join(", ")}; the state's values used (both kept under legacy/)`,
    );
  }
  return { ...c, ...s };
}
