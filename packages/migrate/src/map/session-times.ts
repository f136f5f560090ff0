import { type CoerceContext, toEpoch } from "../legacy/coerce.js";
import type { LoadedSession } from "../read/load-session.js";

type Doc = Record<string, unknown>;

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Every time the legacy data mentions for a session (used when the state file has none). */
export function mentionedTimes(s: LoadedSession, fileAccessLines: string[]): number[] {
  const quiet: CoerceContext = { source: "", sink: [] };
  const out: Array<number | null> = [];
  const ctx = s.context?.value;
  for (const m of list(ctx?.messages)) out.push(toEpoch(quiet, "", (m as Doc | null)?.timestamp));
  for (const t of list(ctx?.tool_outputs)) out.push(toEpoch(quiet, "", (t as Doc | null)?.timestamp));
  for (const line of fileAccessLines) {
    try {
      out.push(toEpoch(quiet, "", (JSON.parse(line) as Doc | null)?.timestamp));
    } catch {
      /* unreadable line: no time */
    }
  }
  out.push(toEpoch(quiet, "", s.metadata?.value.started_at));
  for (const { value } of s.summaries) {
    const d = value.duration_info as Doc | undefined;
    out.push(
      toEpoch(quiet, "", d?.created_at),
      toEpoch(quiet, "", d?.ended_at),
      toEpoch(quiet, "", value.timestamp),
    );
  }
  for (const { value } of s.manifests) out.push(toEpoch(quiet, "", value.timestamp));
  return out.filter((t): t is number => t !== null && t > 0);
}
