import type { OpContext } from "../bridge/op-context.js";
import { sliceRange } from "../text/slice-range.js";
import { readSessionTranscript } from "../transcript/session-transcript.js";
import { cellSummaryJson } from "./cell-summary.js";
import type { OpOutcome } from "./op-spec.js";

/**
 * A slice of one context variable. Lists (conversation, tool_outputs, cells) are sliced;
 * objects (files, working_memory) give their entries whose keys fall in the range.
 */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const v = args.var as string;
  const start = args.start as number;
  const end = args.end as number;
  if (v === "conversation") {
    const t = readSessionTranscript(ctx.store(), ctx.sessionId);
    const { items, from, to } = sliceRange(t.messages, start, end);
    return {
      result: { var: v, type: "list", total: t.messages.length, range: [from, to], result: items },
      files: t.path === null || t.missing !== undefined ? [] : [t.path],
    };
  }
  if (v === "cells") {
    const list = ctx.cells().list();
    const { items, from, to } = sliceRange(list, start, end);
    return {
      result: {
        var: v,
        type: "list",
        total: list.length,
        range: [from, to],
        result: items.map(cellSummaryJson),
      },
    };
  }
  const state = ctx.store().load(ctx.sessionId);
  if (v === "tool_outputs") {
    const list = state.context.tool_outputs;
    const { items, from, to } = sliceRange(list, start, end);
    return { result: { var: v, type: "list", total: list.length, range: [from, to], result: items } };
  }
  const dict: Record<string, unknown> = v === "files" ? state.context.files : state.context.working_memory;
  const keys = Object.keys(dict);
  const { items, from, to } = sliceRange(keys, start, end);
  return {
    result: {
      var: v,
      type: "dict",
      total: keys.length,
      range: [from, to],
      keys: items,
      result: Object.fromEntries(items.map((k) => [k, dict[k]])),
    },
  };
}
