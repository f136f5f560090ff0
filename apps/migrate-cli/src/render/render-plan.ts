import type { MigrationPlan } from "@rlm/migrate";
import { capped, formatBytes, textTable, warnings } from "./format.js";

/** The dry run, per session: what would be created, mapped and copied, and every problem found. */
export function renderPlan(p: MigrationPlan): string {
  const out: string[] = [`Dry run: nothing is written. Sessions root: ${p.sessionsRoot}`];
  if (p.resumeRunId) out.push(`An interrupted run (${p.resumeRunId}) would be resumed and finished.`);
  if (p.problems.length > 0) {
    out.push(
      "",
      "Shared legacy files:",
      ...p.problems.map(
        (pr) => `  ${pr.level === "warning" ? "warning" : "note"}: ${pr.source}: ${pr.message}`,
      ),
    );
  }
  if (p.leftovers.length > 0)
    out.push(`${p.leftovers.length} leftover(s) of an interrupted run would be removed.`);
  for (const s of p.sessions) {
    if (s.action === "already-migrated") continue;
    const c = s.counts;
    const mapped = c
      ? `${c.toolOutputs} tool cells, ${c.previews} previews, ${c.files} files, ${c.workingMemoryKeys} working-memory keys, ${c.messages} messages, ${c.fileAccessLines} file-access lines`
      : "";
    out.push("", `${s.action.padEnd(7)} ${s.sessionId}${s.reason ? `: ${s.reason}` : ""}`);
    if (c) out.push(`  maps:   ${mapped}`);
    if (s.copied.length > 0) out.push(`  copies: ${s.copied.join(", ")}`);
    if (s.creates.length > 0) out.push(`  writes: ${s.creates.join(", ")}`);
    const lines = s.problems.map(
      (pr) => `  ${pr.level === "warning" ? "warning" : "note"}: ${pr.source}: ${pr.message}`,
    );
    out.push(...capped(lines, 12, "problem(s) (see --json)"));
    if (warnings(s.problems) === 0 && lines.length === 0 && s.action === "create") out.push("  no problems");
  }
  const t = p.totals;
  out.push(
    "",
    textTable(
      ["action", "sessions"],
      [
        ["create", t.create],
        ["replace (--force)", t.replace],
        ["already migrated", t["already-migrated"]],
        ["skip", t.skip],
        ["fail", t.fail],
      ],
    ),
    "",
    `Backup would copy ${p.backup.files} legacy files (${formatBytes(p.backup.bytes)}).`,
  );
  if (p.unknown.length > 0) {
    out.push("Not part of any session (kept in the backup, not migrated):");
    out.push(
      ...capped(
        p.unknown.map((u) => `  ${u.ref}: ${u.reason}`),
        15,
        "(see --json)",
      ),
    );
  }
  return `${out.join("\n")}\n`;
}
