import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { isSessionId } from "@rlm/session-schema";
import { sha256Hex } from "../map/content.js";
import { TRASH_PREFIX } from "../run/clean-leftovers.js";
import { inspectTarget } from "../run/inspect-target.js";
import { type JournalEntry, REPLACED_DIR, runPath } from "../run/run-records.js";
import type { RollbackReport } from "./rollback-report.js";

/**
 * Remove every session this run created: those its journal names, plus any session whose
 * session.json carries the run's id (a kill can land between the rename and the journal
 * line). A session changed since it was written is kept unless `force`. Then put back
 * the sessions the run replaced.
 */
export function removeRunSessions(
  root: string,
  runId: string,
  journal: JournalEntry[],
  act: boolean,
  force: boolean,
  report: RollbackReport,
): void {
  const written = new Map<string, string | undefined>();
  for (const e of journal) if (e.op === "begin") written.set(e.session_id, e.session_sha256);
  for (const name of existsSync(root) ? readdirSync(root) : []) {
    if (!written.has(name) && isSessionId(name)) {
      const t = inspectTarget(root, name);
      if (t.kind === "migrated" && t.runId === runId) written.set(name, undefined);
    }
  }
  for (const [id, sha] of [...written].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const t = inspectTarget(root, id);
    if (t.kind !== "migrated" || t.runId !== runId) continue;
    if (sha !== undefined && sha256Hex(t.sessionJson) !== sha && !force) {
      report.kept.push({
        sessionId: id,
        reason:
          "session.json changed since the migration (resumed by the hooks?); use --force to remove it anyway",
      });
      continue;
    }
    if (act) {
      const trash = join(root, `${TRASH_PREFIX}${id}`);
      renameSync(join(root, id), trash);
      rmSync(trash, { recursive: true, force: true });
    }
    report.removed.push(id);
  }
  const replaced = join(runPath(root, runId), REPLACED_DIR);
  for (const id of existsSync(replaced) ? readdirSync(replaced).sort() : []) {
    if (!isSessionId(id)) continue;
    const dest = join(root, id);
    if (existsSync(dest) && !(report.removed.includes(id) && !act)) {
      report.kept.push({ sessionId: id, reason: `cannot put the replaced session back: ${dest} exists` });
      continue;
    }
    if (act) renameSync(join(replaced, id), dest);
    report.restoredSessions.push(id);
  }
}
