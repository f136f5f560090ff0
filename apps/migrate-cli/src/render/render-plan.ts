import type { MigrationPlan, SessionPlan } from "@rlm/migrate";
import { capped, formatBytes, textTable, warnings } from "./format.js";

/** Up to this many sessions the dry run prints its plan per session; above, a summary (--verbose for all). */
export const PLAN_DETAIL_LIMIT = 20;

const problemLine = (pr: SessionPlan["problems"][number]) =>
  `  ${pr.level === "warning" ? "warning" : "note"}: ${pr.source}: ${pr.message}`;

function sessionLines(s: SessionPlan): string[] {
  const c = s.counts;
  const out = ["", `${s.action.padEnd(7)} ${s.sessionId}${s.reason ? `: ${s.reason}` : ""}`];
  if (c)
    out.push(
      `  maps:   ${c.toolOutputs} tool cells, ${c.previews} previews, ${c.files} files, ${c.workingMemoryKeys} working-memory keys, ${c.messages} messages, ${c.fileAccessLines} file-access lines`,
    );
  if (s.copied.length > 0) out.push(`  copies: ${s.copied.join(", ")}`);
  if (s.creates.length > 0) out.push(`  writes: ${s.creates.join(", ")}`);
  const lines = s.problems.map(problemLine);
  out.push(...capped(lines, 12, "problem(s) (see --json)"));
  if (lines.length === 0 && s.action === "create") out.push("  no problems");
  return out;
}

/** One line per session that will not be created as planned, and a count of the rest. */
function summaryLines(p: MigrationPlan): string[] {
  const out: string[] = [];
  const notCreated = p.sessions.filter((s) => s.action === "skip" || s.action === "fail");
  if (notCreated.length > 0) {
    out.push(
      "",
      "Not migrated:",
      ...capped(
        notCreated.map((s) => `  ${s.action.padEnd(4)} ${s.sessionId}: ${s.reason}`),
        30,
        "(see --verbose or --json)",
      ),
    );
  }
  const warned = p.sessions.filter((s) => warnings(s.problems) > 0);
  if (warned.length > 0) {
    const count = warned.reduce((n, s) => n + warnings(s.problems), 0);
    out.push(
      "",
      `${count} warning(s) in ${warned.length} session(s) (raw files are kept): rlm-migrate --dry-run --verbose lists them`,
    );
  }
  return out;
}

/** The dry run: per session (or summed up on large machines) what would be created, mapped and copied, and every problem. */
export function renderPlan(p: MigrationPlan, verbose = false): string {
  const out: string[] = [`Dry run: nothing is written. Sessions root: ${p.sessionsRoot}`];
  if (p.resumeRunId) out.push(`An interrupted run (${p.resumeRunId}) would be resumed and finished.`);
  if (p.problems.length > 0) out.push("", "Shared legacy files:", ...p.problems.map(problemLine));
  if (p.leftovers.length > 0)
    out.push(`${p.leftovers.length} leftover(s) of an interrupted run would be removed.`);
  const detailed = verbose || p.sessions.length <= PLAN_DETAIL_LIMIT;
  if (detailed) {
    for (const s of p.sessions) if (s.action !== "already-migrated") out.push(...sessionLines(s));
  } else out.push(...summaryLines(p));
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
  );
  const planned = p.sessions.filter((s) => s.action === "create" || s.action === "replace");
  if (planned.length > 0) {
    const linked = planned.filter((s) => s.transcript !== null).length;
    out.push(
      `Claude Code transcripts: ${linked} of ${planned.length} session(s) would be linked (looked in ${p.claudeDir}/projects).`,
    );
  }
  out.push(`Backup would copy ${p.backup.files} legacy files (${formatBytes(p.backup.bytes)}).`);
  const tg = p.target;
  out.push(
    tg.problem === null
      ? `Sessions root: writable${tg.freeBytes === null ? "" : `, ${formatBytes(tg.freeBytes)} free`} (about ${formatBytes(tg.neededBytes)} needed).`
      : `Sessions root: ${tg.problem}: the run would fail; fix this first.`,
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
  if (!detailed)
    out.push("", `The plan per session: rlm-migrate --dry-run --verbose (${p.sessions.length} sessions).`);
  return `${out.join("\n")}\n`;
}
