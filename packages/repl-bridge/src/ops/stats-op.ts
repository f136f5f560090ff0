import type { OpContext } from "../bridge/op-context.js";
import { readSessionTranscript } from "../transcript/session-transcript.js";
import type { OpOutcome } from "./op-spec.js";

const tokens = (chars: number) => Math.ceil(chars / 4);

/** Sizes and token estimates (chars / 4), counts, depth and activation. */
export function run(ctx: OpContext): OpOutcome {
  const s = ctx.store().load(ctx.sessionId);
  const t = readSessionTranscript(ctx.store(), ctx.sessionId);
  let convChars = 0;
  for (const m of t.messages) {
    convChars += m.text.length;
    for (const r of m.tool_results ?? []) convChars += r.content.length;
    for (const c of m.tool_calls ?? []) convChars += JSON.stringify(c.input).length;
  }
  let fileBytes = 0;
  for (const f of Object.values(s.context.files)) fileBytes += f.size_bytes ?? 0;
  const previewChars = s.context.tool_outputs.reduce((n, o) => n + o.content_preview.length, 0);
  const wmChars = JSON.stringify(s.context.working_memory).length;
  const cells = ctx.cells().list();
  return {
    result: {
      session_id: ctx.sessionId,
      conversation: {
        messages: t.messages.length,
        chars: convChars,
        tokens_estimate: tokens(convChars),
        transcript_path: t.path,
      },
      files: {
        count: Object.keys(s.context.files).length,
        bytes: fileBytes,
        tokens_estimate: tokens(fileBytes),
      },
      tool_outputs: {
        count: s.context.tool_outputs.length,
        preview_chars: previewChars,
        tokens_estimate: tokens(previewChars),
      },
      working_memory: {
        keys: Object.keys(s.context.working_memory).length,
        chars: wmChars,
        tokens_estimate: tokens(wmChars),
      },
      cells: { count: cells.length },
      total_tokens_estimate: tokens(convChars) + tokens(fileBytes) + tokens(previewChars) + tokens(wmChars),
      depth: { current: s.activation.current_depth, max: s.activation.max_depth },
      activation: s.activation,
      budget: s.budget,
    },
    files: t.path === null || t.missing !== undefined ? [] : [t.path],
  };
}
