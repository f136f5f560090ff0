import type { VerifyReport } from "@rlm/migrate";
import { capped, textTable } from "./format.js";

export function renderVerify(r: VerifyReport): string {
  const out: string[] = [];
  for (const s of r.sessions) {
    if (s.status === "ok") continue;
    out.push(`${s.status.padEnd(8)} ${s.sessionId}${s.reason ? `: ${s.reason}` : ""}`);
    out.push(
      ...capped(
        s.differences.map((d) => `  ${d}`),
        20,
        "difference(s) (see --json)",
      ),
    );
  }
  if (out.length > 0) out.push("");
  const t = r.totals;
  out.push(
    textTable(
      ["result", "sessions"],
      [
        ["ok", t.ok],
        ["mismatch", t.mismatch],
        ["missing", t.missing],
        ["skipped", t.skipped],
      ],
    ),
  );
  out.push(
    "",
    r.ok
      ? "Verified: every migrated session holds everything its legacy files hold."
      : "Differences found: see above.",
  );
  return `${out.join("\n")}\n`;
}
