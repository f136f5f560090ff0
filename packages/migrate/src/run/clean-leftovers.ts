import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { STAGING_PREFIX } from "../write/stage-session.js";
import { RUN_ID_PATTERN } from "./run-id.js";
import { RUN_LOCK } from "./run-lock.js";
import { BACKUP_DIR } from "./run-records.js";

export const TRASH_PREFIX = ".rollback-";
const RECORD_TEMP = /^(run|backup-manifest|report)\.json\.tmp$/;

/**
 * What an interrupted run or rollback left half-done: staging folders, run folders never
 * renamed into place, folders being deleted, the lock's temp files.
 */
export function findLeftovers(root: string): string[] {
  const found: string[] = [];
  const scan = (dir: string, match: (name: string) => boolean) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) if (match(name)) found.push(join(dir, name));
  };
  scan(
    root,
    (n) =>
      n.startsWith(STAGING_PREFIX) ||
      n.startsWith(TRASH_PREFIX) ||
      (n.startsWith(`${RUN_LOCK}.`) && n.endsWith(".tmp")),
  );
  scan(join(root, BACKUP_DIR), (n) => n.startsWith(".run-") && n.endsWith(".tmp"));
  // Records of a run replaced under a fixed temp name (writeJsonRecord) by a run that was killed.
  const runs = join(root, BACKUP_DIR);
  if (existsSync(runs)) {
    for (const run of readdirSync(runs).filter((n) => RUN_ID_PATTERN.test(n))) {
      scan(join(runs, run), (n) => RECORD_TEMP.test(n));
    }
  }
  return found;
}

/** Remove the leftovers of interrupted runs. Call under the run lock. */
export function cleanLeftovers(root: string): string[] {
  const found = findLeftovers(root);
  for (const p of found) rmSync(p, { recursive: true, force: true });
  return found;
}
