import { sha256Hex } from "../map/content.js";
import type { TargetState } from "./inspect-target.js";
import { RUN_ID_PATTERN } from "./run-id.js";
import { readJournal } from "./run-records.js";

/**
 * Why a migrated session must not be replaced by `--force`: its session.json is no longer
 * the one its run wrote (the hooks resumed it, or a user edited it). Null when it is
 * unchanged, or when the run's journal does not say (nothing to compare with).
 * `journals` caches each run's journal for the length of one run.
 */
export function changedSinceMigration(
  root: string,
  sessionId: string,
  target: Extract<TargetState, { kind: "migrated" }>,
  journals: Map<string, Map<string, string>>,
): string | null {
  if (target.runId === null || !RUN_ID_PATTERN.test(target.runId)) return null;
  let written = journals.get(target.runId);
  if (!written) {
    written = new Map();
    for (const e of readJournal(root, target.runId))
      if (e.op === "begin" && e.session_sha256 !== undefined) written.set(e.session_id, e.session_sha256);
    journals.set(target.runId, written);
  }
  const sha = written.get(sessionId);
  if (sha === undefined || sha === sha256Hex(target.sessionJson)) return null;
  return `changed since run ${target.runId} migrated it (resumed by the hooks?); not replaced, even with --force`;
}
