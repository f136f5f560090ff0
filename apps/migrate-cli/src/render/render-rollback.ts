import type { RollbackReport } from "@rlm/migrate";
import { capped } from "./format.js";

export function renderRollback(r: RollbackReport): string {
  const out = [`${r.dryRun ? "Dry run of the rollback" : "Rolled back"} run ${r.runId} in ${r.sessionsRoot}`];
  out.push(`  ${r.dryRun ? "sessions that would be removed" : "sessions removed"}: ${r.removed.length}`);
  if (r.restoredSessions.length > 0) out.push(`  replaced sessions put back: ${r.restoredSessions.length}`);
  out.push(
    `  legacy files unchanged: ${r.legacy.unchanged}, restored from the backup: ${r.legacy.restored.length}`,
  );
  out.push(
    ...capped(
      r.legacy.restored.map((ref) => `    restored ${ref}`),
      20,
      "(see --json)",
    ),
  );
  for (const k of r.kept) out.push(`  kept ${k.sessionId}: ${k.reason}`);
  for (const c of r.legacy.changed) {
    out.push(
      `  ${c.ref} changed since the run: ${c.action === "kept" ? "left as it is (--force overwrites it, moving it aside first)" : "overwritten; the newer file is under displaced/"}`,
    );
  }
  for (const u of r.legacy.unrestorable) out.push(`  cannot restore ${u.ref}: ${u.reason}`);
  if (r.dryRun) out.push("Dry run: nothing was changed.");
  else out.push(r.ok ? "Done." : "The rollback is incomplete: see above.");
  return `${out.join("\n")}\n`;
}
