import type { Problem } from "@rlm/migrate";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** A plain aligned table (first column left, the rest right-aligned). */
export function textTable(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/** Up to `limit` lines, then a count of the rest. */
export function capped(lines: string[], limit: number, more: string): string[] {
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit), `  … ${lines.length - limit} more ${more}`];
}

export function problemLines(sessionId: string, problems: Problem[]): string[] {
  return problems
    .filter((p) => p.level === "warning")
    .map((p) => `  ${sessionId}: ${p.source}: ${p.message}`);
}

export const warnings = (problems: Problem[]) => problems.filter((p) => p.level === "warning").length;
