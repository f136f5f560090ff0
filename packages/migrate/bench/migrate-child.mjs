// Child of migrate.bench.ts: runs one operation on the given folders and prints one JSON
// line with its own elapsed time and peak RSS (so startup and the parent do not count).
import { migrate, rollback, verifyMigration } from "@rlm/migrate";

const [op, legacyDir, sessionsDir] = process.argv.slice(2);
// The legacy base is a ~/.claude: Claude Code's transcripts sit in its projects/.
const claudeDir = legacyDir;
const started = performance.now();
let summary;
if (op === "migrate" || op === "migrate-volatile") {
  const r = migrate({ legacyDir, sessionsDir, claudeDir, durable: op === "migrate" });
  summary = { ok: r.ok, migrated: r.totals.migrated, already: r.totals["already-migrated"], runId: r.runId };
} else if (op === "verify") {
  const r = verifyMigration({ legacyDir, sessionsDir, claudeDir });
  summary = { ok: r.ok, verified: r.totals.ok };
} else {
  const r = rollback({ sessionsDir });
  summary = { ok: r.ok, removed: r.removed.length };
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ...summary, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
