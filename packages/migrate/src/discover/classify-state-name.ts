/** What a top-level file name in `rlm-state/` is. */
export type StateName =
  | { kind: "global-context" | "session-metadata" | "current-transcript" }
  | { kind: "state" | "context" | "file-access"; id: string }
  | { kind: "leftover"; id: string | null }
  | { kind: "unknown" };

/** Names the legacy plugin used for shared files: never session ids (an older migration got this wrong). */
export const NOT_SESSION_IDS: ReadonlySet<string> = new Set([
  "context",
  "session-metadata",
  "current-transcript",
]);

const TMP_OF_SESSION = /^(.+?)(_context)?\.json(\.[^/]*)?\.tmp$/;

export function classifyStateName(name: string): StateName {
  if (name === "context.json") return { kind: "global-context" };
  if (name === "session-metadata.json") return { kind: "session-metadata" };
  if (name === "current-transcript.jsonl") return { kind: "current-transcript" };
  if (name.endsWith(".tmp")) return { kind: "leftover", id: TMP_OF_SESSION.exec(name)?.[1] ?? null };
  if (name.startsWith("file-access-") && name.endsWith(".jsonl")) {
    return { kind: "file-access", id: name.slice("file-access-".length, -".jsonl".length) };
  }
  if (name.endsWith("_context.json")) return { kind: "context", id: name.slice(0, -"_context.json".length) };
  if (name.endsWith(".json")) return { kind: "state", id: name.slice(0, -".json".length) };
  return { kind: "unknown" };
}
