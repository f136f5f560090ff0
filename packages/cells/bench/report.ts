import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fmt } from "@rlm/test-utils/bench";

export interface Row {
  figure: string;
  value: number;
  /** "ms" unless given. */
  unit?: string;
  /** Upper bound; rows without one are informational. */
  target?: number;
  note?: string;
}

export const mkTemp = () => mkdtempSync(join(tmpdir(), "rlm-cells-bench-"));

export function renderSection(
  rows: Row[],
  machine: string,
  buildSeconds: number,
  table: (h: string[], r: (string | number)[][]) => string,
): { text: string; missed: number } {
  let missed = 0;
  const body = rows.map((r) => {
    const unit = r.unit ?? "ms";
    const ok = r.target === undefined ? "" : r.value <= r.target ? "✓" : "✗";
    if (ok === "✗") missed++;
    const shown =
      unit === "×"
        ? `${r.value.toFixed(2)} ×`
        : unit === "MB"
          ? `${r.value.toFixed(0)} MB`
          : `${fmt(r.value)} ms`;
    const target = r.target === undefined ? "" : unit === "×" ? `≤ ${r.target} ×` : `≤ ${r.target} ${unit}`;
    return [r.figure, shown, target, ok, r.note ?? ""];
  });
  const text = [
    "## @rlm/cells",
    "",
    `${machine} · \`pnpm --filter @rlm/cells bench\``,
    "",
    table(["figure", "median", "target", "", "note"], body),
    "",
    "How the fixtures are built (see `bench/fixture.ts`): a session of tasks of 50 cells (6 tool : 2 repl : 1 llm_call :",
    "1 verification; non-tool cells depend on 1–2 earlier cells of their task); cell i reads `src/file-<i % 100>.ts`, so",
    "each file is read by 1% of the cells. The 10k session is created one `create()` at a time with fsync, by a store",
    "that has the index loaded; its last 100 creates alternate with the 51st–150th creates of a second session and",
    "with a raw atomic write of the same bytes (the floor), so that all three see the same machine load. The 100k",
    `session is created through \`createMany()\` with \`fsync: false\` (${buildSeconds.toFixed(0)} s), then flushed; a separate process`,
    "opens it and runs the real queries (its peak RSS is the memory figure). The 10k and 100k chains are written straight",
    "into index.json and opened through `openCells`. Query rows are timed right after a `create()`, so the",
    "execution-order cache is always cold; the Kahn row times the heap path of the topological sort on the 100k graph",
    "(taken only when some edge points backwards in time). Seed targets (the plan's Python code): create cell < 5 ms,",
    "query cells < 10 ms.",
  ].join("\n");
  return { text, missed };
}
