import type { VerifyReport } from "@rlm/migrate";
import { capped, textTable } from "./format.js";

export function renderVerify(r: VerifyReport, verbose = false): string {
  const out: string[] = [];
  for (const s of r.sessions) {
    if (s.status === "ok" && !verbose) continue;
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
    !r.ok
      ? "Differences found: see above."
      : t.ok > 0
        ? `Verified: every migrated session holds everything its legacy files hold (${t.ok} session(s)).`
        : r.sessions.length === 0
          ? `Nothing to verify: no legacy session found in ${r.legacy["rlm-state"]} (or beside it).`
          : "Nothing was verified: no session has legacy data to compare (see the skipped ones above).",
  );
  return `${out.join("\n")}\n`;
}
