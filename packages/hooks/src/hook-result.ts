// What a handler returns: the JSON to print (null: print nothing) and a record of what it
// did, for tests, `--json` diagnostics and the error log. Handlers never print.

export type Effect =
  | {
      kind: "session_created" | "session_resumed" | "session_ended" | "session_reopened" | "session_restored";
      sessionId: string;
    }
  | { kind: "current_linked" | "transcript_linked"; target: string }
  | { kind: "env_file"; path: string; lines: number }
  | { kind: "config_created"; path: string }
  | { kind: "swept"; removed: number }
  | { kind: "cell_opened" | "cell_completed" | "cell_failed" | "cell_existed"; cellId: string; key?: string }
  | { kind: "orphans_closed"; cellIds: string[] }
  | { kind: "parent_linked"; parent: string; child: string; source: string }
  | { kind: "files_changed"; paths: string[] }
  | { kind: "state_updated"; fields: string[] }
  | { kind: "file_access_logged"; lines: number }
  | { kind: "snapshot_written" | "trajectory_written" | "memory_snapshot_written"; path: string }
  | { kind: "flushed"; cells: number }
  | { kind: "archived"; sessionIds: string[] }
  | { kind: "ignored"; reason: string }
  /** A step that failed without stopping the others (logged by rlm-hook). */
  | { kind: "warning"; step: string; code: string; message: string };

export interface HookResult {
  /** Exactly one JSON object for Claude Code, or null to print nothing. */
  output: Record<string, unknown> | null;
  effects: Effect[];
}

export const quiet = (effects: Effect[]): HookResult => ({ output: null, effects });

/**
 * Run one step of a handler that the others do not depend on (a link, the env file, a
 * sweep): a failure becomes a `warning` effect instead of ending the handler.
 */
export function attempt(effects: Effect[], step: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    const e = err as Error & { code?: unknown };
    effects.push({
      kind: "warning",
      step,
      code: typeof e.code === "string" ? e.code : "ERR_UNEXPECTED",
      message: e.message ?? String(err),
    });
  }
}
