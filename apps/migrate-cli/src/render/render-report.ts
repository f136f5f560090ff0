import type { MigrationReport } from "@rlm/migrate";
import { capped, formatBytes, problemLines, textTable } from "./format.js";

/** The human summary of a migration run: status table, failures, warnings, what to do next. */
export function renderMigrationReport(r: MigrationReport, verbose = false): string {
  const limit = verbose ? Number.POSITIVE_INFINITY : 30;
  const t = r.totals;
  const writtenCount = t.migrated + t.replaced;
  if (r.runId === null && t.failed === 0 && t.skipped === 0) {
    return t.discovered === 0
      ? `Nothing to migrate: no legacy session found in ${r.legacy["rlm-state"]} (or beside it).\n`
      : `Nothing to do: all ${t["already-migrated"]} legacy session(s) are already migrated into ${r.sessionsRoot}.\n`;
  }
  const out: string[] = [];
  if (r.runId !== null)
    out.push(`Run ${r.runId}${r.resumed ? " (resumed an interrupted run)" : ""} → ${r.sessionsRoot}`);
  if (r.backup) {
    out.push(
      r.backup.copied
        ? `Backup: ${r.backup.files} legacy files (${formatBytes(r.backup.bytes)}) in ${r.backup.path}`
        : `Backup: checksums only (--no-backup), in ${r.backup.path}`,
    );
  }
  out.push(
    "",
    textTable(
      ["status", "sessions"],
      [
        ["migrated", t.migrated],
        ["replaced (--force)", t.replaced],
        ["already migrated", t["already-migrated"]],
        ["skipped", t.skipped],
        ["failed", t.failed],
        ["total", t.discovered],
      ],
    ),
  );
  const notDone = r.sessions.filter((s) => s.status === "failed" || s.status === "skipped");
  if (notDone.length > 0) {
    out.push(
      "",
      "Not migrated:",
      ...capped(
        notDone.map((s) => `  ${s.status.padEnd(7)} ${s.sessionId}: ${s.reason}`),
        limit,
        "(see --json)",
      ),
    );
  }
  if (r.problems.length > 0) {
    out.push(
      "",
      "Shared legacy files (kept in the backup):",
      ...r.problems.map((p) => `  ${p.level === "warning" ? "warning" : "note"}: ${p.source}: ${p.message}`),
    );
  }
  const warned = r.sessions.flatMap((s) => problemLines(s.sessionId, s.problems));
  if (warned.length > 0) {
    out.push(
      "",
      "Read with problems (raw files kept in the backup and under each session's legacy/ unless said otherwise):",
    );
    out.push(...capped(warned, limit, "(see --verbose or --json)"));
  }
  const written = r.sessions.filter((s) => s.status === "migrated" || s.status === "replaced");
  if (written.length > 0) {
    const unlinked = written.filter((s) => s.transcript === null).map((s) => s.sessionId);
    out.push(
      "",
      `Claude Code transcripts: ${written.length - unlinked.length} of ${written.length} session(s) linked (looked in ${r.claudeDir}/projects).`,
    );
    if (unlinked.length > 0)
      out.push(
        "Not found (Claude Code deletes transcripts after `cleanupPeriodDays`, 30 by default):",
        ...capped(
          unlinked.map((id) => `  ${id}`),
          verbose ? Number.POSITIVE_INFINITY : 10,
          "(see --verbose or --json)",
        ),
      );
  }
  if (r.unknown.length > 0) {
    out.push("", `Not part of any session (kept in the backup, not migrated):`);
    out.push(
      ...capped(
        r.unknown.map((u) => `  ${u.ref}: ${u.reason}`),
        15,
        "(see --json)",
      ),
    );
  }
  if (r.cleaned.length > 0) out.push("", `Cleaned up ${r.cleaned.length} leftover(s) of an interrupted run.`);
  if (writtenCount > 0 && r.runId !== null) {
    out.push(
      "",
      "Next: `rlm-migrate verify` proves nothing was lost;",
      `      \`rlm-migrate --rollback ${r.runId}\` undoes this run.`,
    );
  }
  return `${out.join("\n")}\n`;
}
