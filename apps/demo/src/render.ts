import { relative } from "node:path";
import type { CellRow, DemoResult } from "./run-demo.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function cellLine(r: CellRow, project: string): string {
  const full = r.summary.startsWith(`${project}/`) ? relative(project, r.summary) : r.summary;
  const oneLine = full.replaceAll("\n", " ");
  const what = oneLine.length > 70 ? `${oneLine.slice(0, 69)}…` : oneLine;
  const reason = r.reason === null ? "" : `  (${r.reason.replaceAll(`${project}/`, "")})`;
  return `  ${r.cellId}  ${r.type.padEnd(8)} ${r.status.padEnd(7)} ${(r.operation ?? "").padEnd(10)} ${what}${reason}`;
}

/** The demo's report for people. */
export function renderText(r: DemoResult, tree: string[]): string {
  const out: string[] = [];
  const byEvent = new Map<string, number[]>();
  for (const e of r.events) byEvent.set(e.event, [...(byEvent.get(e.event) ?? []), e.ms]);
  out.push(
    `Replayed a genuine Claude Code transcript through the built rlm-hook: ${r.events.length} hook events, one child process each.`,
  );
  out.push(
    `  ${[...byEvent].map(([e, ms]) => `${e} ×${ms.length} (median ${median(ms).toFixed(0)} ms)`).join(", ")}`,
  );
  const s = r.state;
  const t = s.trajectory as Record<string, unknown>;
  out.push("", `Session ${r.sessionId}`, `  cwd ${s.metadata.cwd}`, `  transcript.jsonl -> ${r.transcript}`);
  out.push(
    `  ${t.prompts ?? 0} prompts, ${t.turns ?? 0} turns, ${t.tool_calls ?? 0} tool calls ${JSON.stringify(t.by_tool ?? {})}, ` +
      `${Object.keys(s.context.files).length} files, ${s.context.tool_outputs.length} tool outputs in the window, ended ${s.metadata.ended_at === null ? "no" : "yes"}`,
  );
  out.push("", "Cells (creation order): id, type, status, tool, what");
  for (const c of r.cells) out.push(cellLine(c, r.project));
  if (r.edit !== null) {
    const e = r.edit;
    out.push(
      "",
      `An Edit of ${relative(r.project, e.file)} through the hooks (cell ${e.editCell}) made these cells stale:`,
    );
    for (const c of e.staleAfterEdit) out.push(cellLine(c, r.project));
    out.push(
      "",
      `Lineage: the Read after the edit (${e.reread.cellId}, ${e.reread.status}) depends on ${e.reread.dependencies.join(", ") || "nothing"}` +
        (e.reread.dependencies.includes(e.editCell) ? " — the Edit that last wrote the file." : "."),
    );
  }
  out.push("", "On disk (modes and sizes):", ...tree);
  out.push(
    "",
    r.hookErrors === ""
      ? "hook-errors.log: none (every event exited 0 and printed nothing)"
      : `hook-errors.log:\n${r.hookErrors}`,
  );
  return `${out.join("\n")}\n`;
}
