import { chmodSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chownToNobody, hashTree, nobodyUnavailable, spawnAsNobody } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BUNDLE, CLEAN_ENV, cli, legacyCopy } from "./support/cli.js";

// rlm-migrate as users run it: the built bin in a child process. Needs `pnpm build`
// (turbo's `test` task depends on `build`).

// Root reads everything: the unreadable-file case runs as nobody, through the single-file
// plugin bundle copied into the test's temp dir (so wherever the checkout lives).
const nobodyWhy = nobodyUnavailable();

beforeAll(assertBuilt);

describe("rlm-migrate (built bin, child process)", () => {
  it("--help documents the options and exit codes (exit 0)", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const s of [
      "--dry-run",
      "--no-backup",
      "--rollback [run-id]",
      "--force",
      "--legacy-dir",
      "--sessions-dir",
      "--json",
      "verify",
      "Exit codes:",
    ]) {
      expect(r.stdout).toContain(s);
    }
    expect((await cli(["verify", "--help"])).stdout).toContain("prove nothing was lost");
  });

  it("exits 2 on an unknown option or a bad value, printing why", async () => {
    const r = await cli(["--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
    const missing = await cli(["--legacy-dir", "/definitely/not/here", "--json"]);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ kind: "error", code: "ERR_RLM_USAGE" });
    expect((await cli(["--rollback", "../../etc", "--sessions-dir", "/tmp"])).code).toBe(2);
  });

  it("--dry-run --json prints the plan and writes nothing", async () => {
    const { dir, where, root } = legacyCopy("partial");
    const before = hashTree(dir.path);
    const r = await cli([...where, "--dry-run", "--json"]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({ kind: "plan", sessionsRoot: root, totals: { create: 6, fail: 0 } });
    expect(plan.sessions[0]).toMatchObject({ sessionId: "ctxonly", action: "create" });
    expect(hashTree(dir.path)).toEqual(before);
  });

  it("migrates with --json, then a second run is a quiet no-op, verify passes, rollback restores", async () => {
    const { legacy, where, root } = legacyCopy("normal");
    const legacyBefore = hashTree(legacy);
    const r = await cli([...where, "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      kind: "migrate",
      ok: true,
      totals: { discovered: 2, migrated: 2, failed: 0 },
    });
    expect(report.runId).toMatch(/^\d{8}-\d{6}-[0-9a-f]{6}$/);
    expect(report.backup).toMatchObject({ copied: true, files: 15 });
    expect(readdirSync(root).sort()).toEqual([
      "7f3a9c1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
      "b2c4d6e8-0000-4000-8000-00000000beef",
      "migration-backup",
    ]);

    const again = await cli(where);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`Nothing to do: all 2 legacy session(s) are already migrated into ${root}.\n`);
    expect(again.stderr).toBe("");

    const verified = await cli(["verify", ...where, "--json"]);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ kind: "verify", ok: true, totals: { ok: 2 } });

    const undo = await cli(["--rollback", "--sessions-dir", root, "--json"]);
    expect(undo.code).toBe(0);
    expect(JSON.parse(undo.stdout)).toMatchObject({
      kind: "rollback",
      runId: report.runId,
      ok: true,
      removed: expect.any(Array),
    });
    expect(readdirSync(root)).toEqual(["migration-backup"]);
    expect(hashTree(legacy)).toEqual(legacyBefore);
  });

  it("skips a session whose files hold nothing usable with a clear reason (exit 0) and prints one line per session when not a terminal", async () => {
    const { where, root } = legacyCopy("damaged");
    const r = await cli(where);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/skipped\s+2/);
    expect(r.stdout).toMatch(/failed\s+0/);
    expect(r.stdout).toContain("unreadable: nothing could be read: no usable data in its files");
    expect(r.stderr.split("\n").filter((l) => /^(migrated|skipped|failed) /.test(l))).toHaveLength(10);
    expect(readdirSync(root)).toContain("trunc");
    const again = await cli(where);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/migrated\s+0/);
  });

  it.skipIf(nobodyWhy !== null)(
    `exits 1 when a session cannot be read (the others are still migrated)${nobodyWhy ? ` (skipped: ${nobodyWhy})` : ""}`,
    async () => {
      const { dir, legacy, root, where } = legacyCopy("normal");
      const bin = dir.join("rlm-migrate.cjs");
      copyFileSync(BUNDLE, bin);
      chownToNobody(dir.path);
      const state = join(legacy, "rlm-state");
      // Every file of one session unreadable: it fails, the others are migrated (one
      // unreadable file is enough to fail a session: see cli-report-cases.test.ts).
      for (const f of readdirSync(state).filter((n) => n.startsWith("b2c4d6e8-")))
        chmodSync(join(state, f), 0);
      const r = spawnAsNobody(process.execPath, [bin, ...where, "--json"], {
        env: { ...process.env, ...CLEAN_ENV },
      });
      expect(r.status, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout);
      expect(report.totals.failed).toBe(1);
      expect(report.totals.migrated).toBeGreaterThan(0);
      expect(readdirSync(root).filter((n) => !n.startsWith(".") && n !== "migration-backup").length).toBe(
        report.totals.migrated,
      );
    },
  );

  it("verify exits 1 and names the difference when a migrated session was tampered with", async () => {
    const { where, root } = legacyCopy("conflict");
    expect((await cli(where)).code).toBe(0);
    const cells = join(root, "fresh", "cells");
    const cell = readdirSync(cells).find((n) => n.startsWith("cell_"))!;
    writeFileSync(
      join(cells, cell),
      readFileSync(join(cells, cell), "utf8").replace('"result": "fresh"', '"result": "changed"'),
    );
    const r = await cli(["verify", ...where]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("mismatch fresh");
    expect(r.stdout).toContain("does not hold the legacy content");
    expect(r.stdout).toMatch(/ok\s+1\n/);
  });

  it("takes the sessions root from RLM_SESSIONS_DIR", async () => {
    const { legacy, root } = legacyCopy("conflict");
    const r = await cli(["--legacy-dir", legacy, "--json"], { RLM_SESSIONS_DIR: root });
    expect(JSON.parse(r.stdout).sessionsRoot).toBe(root);
  });
});
