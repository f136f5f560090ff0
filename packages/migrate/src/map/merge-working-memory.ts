import { isDeepStrictEqual } from "node:util";
import { type CoerceContext, toObject } from "../legacy/coerce.js";
import { note } from "../report/problem.js";

/** The state's working memory, plus keys only the context file has; differing values are noted. */
export function mergeWorkingMemory(
  stateCtx: CoerceContext,
  fromState: unknown,
  contextCtx: CoerceContext,
  fromContext: unknown,
): Record<string, unknown> {
  const s = toObject(stateCtx, "working_memory", fromState) ?? {};
  const c = toObject(contextCtx, "working_memory", fromContext) ?? {};
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
