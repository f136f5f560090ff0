import { chmodSync, chownSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chownToNobody, hashTree, nobodyUnavailable, spawnAsNobody, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { childNodeArgs } from "./support/child-command.js";

// Files and folders the migrating user cannot read. Root reads everything, so the calls
// run in a child process as `nobody` (setpriv). The child loads this package from the
// checkout, so the test is skipped (with the reason in its name) where nobody cannot reach
// the checkout (a clone inside a private `mktemp -d` folder); apps/migrate-cli's
// unreadable-file test runs the single-file plugin bundle from a temp dir instead, and
// covers this case wherever the checkout lives.

const CHILD = join(import.meta.dirname, "support", "api-child.mjs");
const PKG = join(import.meta.dirname, "..");
const unavailable = nobodyUnavailable([
  CHILD,
  realpathSync(join(PKG, "node_modules", "@rlm", "session-store")),
]);

function asNobody(fn: string, options: object): Record<string, unknown> {
  const r = spawnAsNobody(process.execPath, [...childNodeArgs(), CHILD, fn, JSON.stringify(options)], {
    cwd: PKG,
    env: { ...process.env, HOME: "/nonexistent", TSX_DISABLE_CACHE: "1" },
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const title = `legacy files the user cannot read${unavailable ? ` (skipped: ${unavailable})` : ""}`;

describe.skipIf(unavailable !== null)(title, () => {
  it("fail their session (never the run), are reported as not backed up, and a re-run after the fix migrates it", () => {
    const dir = tempDir("rlm-unread-");
    const legacy = dir.join("legacy");
    const st = join(legacy, "rlm-state");
    mkdirSync(join(legacy, "rlm-externalized", "s4"), { recursive: true });
    mkdirSync(st, { recursive: true });
    for (const id of ["s1", "s2", "s3", "s4"])
      writeFileSync(join(st, `${id}.json`), JSON.stringify({ session_id: id, created_at: 1 }));
    writeFileSync(join(st, "s3_context.json"), JSON.stringify({ tool_outputs: [{ content: "lost?" }] }));
    writeFileSync(join(legacy, "rlm-externalized", "s4", "manifest_1.json"), "{}");
    chownToNobody(dir.path);
    for (const p of [
      join(st, "s2.json"),
      join(st, "s3_context.json"),
      join(legacy, "rlm-externalized", "s4"),
    ]) {
      chownSync(p, 0, 0);
      chmodSync(p, 0o700);
    }
    chmodSync(join(st, "s2.json"), 0);
    chmodSync(join(st, "s3_context.json"), 0);
    const before = hashTree(legacy);
    const options = { legacyDir: legacy, sessionsDir: dir.join("sessions") };

    const r = asNobody("migrate", options) as {
      error?: string;
      runId: string;
      sessions: Array<{ sessionId: string; status: string; reason: string | null }>;
      problems: Array<{ source: string; level: string; message: string }>;
      unknown: Array<{ ref: string; reason: string }>;
    };
    expect(r.error).toBeUndefined();
    expect(r.sessions.map((s) => [s.sessionId, s.status])).toEqual([
      ["s1", "migrated"],
      ["s2", "failed"],
      ["s3", "failed"],
      ["s4", "failed"],
    ]);
    expect(r.unknown).toContainEqual({
      ref: "rlm-externalized/s4",
      reason: expect.stringMatching(/cannot be read/),
      readError: expect.stringMatching(/EACCES/),
    });
    // A session with a file or folder it cannot read is not migrated incomplete: it fails,
    // naming what could not be read, so a re-run after the fix migrates it whole.
    const reasons = Object.fromEntries(r.sessions.map((s) => [s.sessionId, s.reason]));
    expect(reasons.s3).toMatch(/cannot read rlm-state\/s3_context\.json \(EACCES.*run again/);
    expect(reasons.s4).toMatch(/cannot read rlm-externalized\/s4\/ \(EACCES/);
    const plan = asNobody("planMigration", options) as {
      sessions: Array<{ sessionId: string; action: string }>;
    };
    expect(plan.sessions.map((s) => [s.sessionId, s.action])).toEqual([
      ["s1", "already-migrated"],
      ["s2", "fail"],
      ["s3", "fail"],
      ["s4", "fail"],
    ]);
    for (const ref of ["rlm-state/s2.json", "rlm-state/s3_context.json"]) {
      expect(r.problems).toContainEqual({
        source: ref,
        level: "warning",
        message: expect.stringMatching(/not in the backup/),
      });
    }
    const manifest = JSON.parse(
      readFileSync(join(options.sessionsDir, "migration-backup", r.runId, "backup-manifest.json"), "utf8"),
    ) as { entries: Array<{ ref: string; missing?: boolean; unreadable?: string }> };
    const s2 = manifest.entries.find((e) => e.ref === "rlm-state/s2.json");
    expect(s2).toMatchObject({ unreadable: expect.stringMatching(/EACCES/) });
    expect(s2?.missing).toBeUndefined();

    const v = asNobody("verifyMigration", options) as {
      ok: boolean;
      sessions: Array<{ sessionId: string; status: string; differences: string[] }>;
    };
    expect(v.ok).toBe(false);
    const byId = Object.fromEntries(v.sessions.map((s) => [s.sessionId, s]));
    expect(byId.s1?.status).toBe("ok");
    expect(byId.s2?.status).toBe("mismatch");
    expect(byId.s3?.status).toBe("missing");
    expect(byId.s4?.status).toBe("missing");
    expect(hashTree(legacy)).toEqual(before);

    // Fix the cause and run again: the failed sessions are migrated whole, and verify passes.
    for (const p of [join(st, "s2.json"), join(st, "s3_context.json")]) chmodSync(p, 0o644);
    chmodSync(join(legacy, "rlm-externalized", "s4"), 0o755);
    const again = asNobody("migrate", options) as { sessions: Array<{ sessionId: string; status: string }> };
    expect(again.sessions.map((s) => [s.sessionId, s.status])).toEqual([
      ["s1", "already-migrated"],
      ["s2", "migrated"],
      ["s3", "migrated"],
      ["s4", "migrated"],
    ]);
    expect((asNobody("verifyMigration", options) as { ok: boolean }).ok).toBe(true);
  });
});
