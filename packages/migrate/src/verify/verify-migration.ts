import { existsSync } from "node:fs";
import { join } from "node:path";
import { discoverLegacy } from "../discover/discover-legacy.js";
import { loadSession } from "../read/load-session.js";
import { readGlobals } from "../read/read-globals.js";
import { inspectTarget } from "../run/inspect-target.js";
import { type LocationOptions, resolveLocations } from "../run/locations.js";
import { checkContext } from "./check-context.js";
import { checkCopies } from "./check-copies.js";
import { checkMetadata } from "./check-metadata.js";
import { checkToolOutputs } from "./check-tool-outputs.js";
import { readMigrated } from "./read-migrated.js";
import type { SessionVerification, VerifyReport } from "./verify-report.js";

/**
 * Prove nothing was lost: for every legacy session, compare the legacy source (read again,
 * independently of the mapping) with the migrated session on disk: counts of tool outputs,
 * files, working-memory keys, messages, file-access lines, externalized exports, and the
 * content hash of each. Read-only.
 */
export function verifyMigration(options: LocationOptions = {}): VerifyReport {
  const { root, dirs, claudeDir } = resolveLocations(options);
  const discovery = discoverLegacy(dirs);
  const globals = readGlobals(discovery, claudeDir);
  const sessions = discovery.sessions.map((s): SessionVerification => {
    const base = { sessionId: s.id, reason: null, checks: [], differences: [] };
    const loaded = loadSession(discovery, globals, s);
    // A file that exists but cannot be read holds data nothing else has: never proven.
    const unread = loaded.files
      .filter((f) => f.readError !== undefined)
      .map(
        (f) => `${f.ref} could not be read (${f.readError}): its content is neither migrated nor verified`,
      );
    if (!loaded.readable) {
      if (unread.length > 0)
        return {
          ...base,
          status: "mismatch",
          reason: "its legacy files could not be read",
          differences: unread,
        };
      return {
        ...base,
        status: "skipped",
        reason: loaded.empty ? "only empty legacy files" : "nothing in the legacy files could be read",
      };
    }
    const target = inspectTarget(root, s.id);
    if (target.kind === "absent")
      return { ...base, status: "missing", reason: `no session ${s.id} in ${root}` };
    // A folder the migration wrote (it holds legacy/migration.json) whose session.json was
    // damaged or deleted since is verified, and fails; anything else foreign is not ours.
    if (target.kind === "foreign" && !existsSync(join(root, s.id, "legacy", "migration.json")))
      return { ...base, status: "skipped", reason: `not migrated: ${target.reason}` };
    const migrated = readMigrated(join(root, s.id));
    const differences = [...migrated.problems, ...unread];
    const checks = [
      ...checkToolOutputs(loaded, migrated, differences),
      ...checkContext(loaded, migrated, differences),
      checkMetadata(loaded, migrated, differences),
      ...checkCopies(loaded, migrated, differences),
    ];
    const ok = differences.length === 0 && checks.every((c) => c.ok);
    return { ...base, status: ok ? "ok" : "mismatch", checks, differences };
  });
  const totals = { ok: 0, mismatch: 0, missing: 0, skipped: 0 };
  for (const s of sessions) totals[s.status]++;
  return {
    kind: "verify",
    sessionsRoot: root,
    legacy: dirs,
    sessions,
    totals,
    ok: totals.mismatch === 0 && totals.missing === 0,
  };
}
