import type { OpContext } from "../bridge/op-context.js";
import { sliceRange } from "../text/slice-range.js";
import { readSessionTranscript } from "../transcript/session-transcript.js";
import type { TranscriptMessage } from "../transcript/transcript-message.js";
import type { OpOutcome } from "./op-spec.js";

/** Paged messages of the session's Claude Code transcript. */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const t = readSessionTranscript(ctx.store(), ctx.sessionId);
  const { items, from, to } = sliceRange(t.messages, args.start as number, args.end as number);
  const max = args.max_chars as number;
  return {
    result: {
      session_id: ctx.sessionId,
      transcript_path: t.path,
      ...(t.missing !== undefined ? { missing: t.missing } : {}),
      total: t.messages.length,
      range: [from, to],
      count: items.length,
      messages: items.map((m) => clip(m, max)),
      lines: t.lines,
      bad_lines: t.bad_lines,
      skipped_types: t.skipped_types,
    },
    files: t.path === null || t.missing !== undefined ? [] : [t.path],
    snapshot: {
      conversation_slice: { transcript_path: t.path, start: from, end: to, total: t.messages.length },
    },
  };
}

function clip(m: TranscriptMessage, max: number): TranscriptMessage {
  if (max <= 0) return m;
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max)}… [${s.length - max} more chars]` : s);
  const out: TranscriptMessage = { ...m, text: cut(m.text) };
  if (m.tool_results) out.tool_results = m.tool_results.map((r) => ({ ...r, content: cut(r.content) }));
  return out;
}
