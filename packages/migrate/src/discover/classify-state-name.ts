/** What a top-level file name in `rlm-state/` is. */
export type StateName =
  | { kind: "global-context" | "session-metadata" | "current-transcript" | "activation" }
  | { kind: "state" | "context" | "file-access"; id: string }
  | { kind: "leftover" }
  | { kind: "unknown" };

/**
 * Names the legacy plugin used for shared files: never session ids (an older migration
 * got this wrong). `activation.json` is rewritten on every prompt and names no session.
 */
export const NOT_SESSION_IDS: ReadonlySet<string> = new Set([
  "context",
  "session-metadata",
  "current-transcript",
  "activation",
]);

export function classifyStateName(name: string): StateName {
  if (name === "context.json") return { kind: "global-context" };
  if (name === "session-metadata.json") return { kind: "session-metadata" };
  if (name === "current-transcript.jsonl") return { kind: "current-transcript" };
  if (name === "activation.json") return { kind: "activation" };
  if (name.endsWith(".tmp")) return { kind: "leftover" };
  if (name.startsWith("file-access-") && name.endsWith(".jsonl")) {
    return { kind: "file-access", id: name.slice("file-access-".length, -".jsonl".length) };
  }
  if (name.endsWith("_context.json")) return { kind: "context", id: name.slice(0, -"_context.json".length) };
  if (name.endsWith(".json")) return { kind: "state", id: name.slice(0, -".json".length) };
  return { kind: "unknown" };
}

/**
 * The session a `*.tmp` crash leftover belongs to: the longest known id the name starts
 * with, followed by `.` or `_`. Covers the old writers' names: `<id>.json.tmp`,
 * `<id>.json.<x>.tmp`, and mkstemp's `<id>_context_<random>.tmp` / `<id>_<random>.tmp`.
 */
export function leftoverOwner(name: string, ids: Iterable<string>): string | null {
  let best: string | null = null;
  for (const id of ids) {
    if (!name.startsWith(id) || (best !== null && best.length >= id.length)) continue;
    const next = name[id.length];
    if (next === "." || next === "_") best = id;
  }
  return best;
}
