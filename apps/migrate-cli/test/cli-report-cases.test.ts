import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chownToNobody, nobodyUnavailable, spawnAsNobody, tempDir } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BUNDLE, CLEAN_ENV, cli, legacyCopy, oneObject } from "./support/cli.js";
import { mountTmpfs, remountReadOnly, tmpfsUnavailable } from "./support/mounts.js";

// The cases a black-box tester of rlm-migrate found after issue 8 (its second report),
// each through the built bin (or the single-file plugin bundle) in a child process.

beforeAll(assertBuilt);

const ID = "7f3a9c1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b";

type Report = {
  totals: Record<string, number>;
  sessions: Array<{ sessionId: string; status?: string; action?: string; reason: string | null }>;
};

describe("a session with one file the user cannot read", () => {
  // Root reads everything: as root the bundle runs as nobody, copied into the test's temp
  // dir (skipped when nobody cannot reach it); any other user is refused the file itself.
  const asSelf = process.getuid?.() !== 0;
  const why = asSelf ? null : nobodyUnavailable();
  for (const file of [`${ID}.json`, `${ID}_context.json`, `file-access-${ID}.jsonl`]) {
    it.skipIf(why !== null)(
      `${file}: fails (exit 1, the dry run says so too), and a re-run after the fix migrates it${why ? ` (skipped: ${why})` : ""}`,
      () => {
        const { dir, legacy, where } = legacyCopy("normal");
        const bin = dir.join("rlm-migrate.cjs");
        copyFileSync(BUNDLE, bin);
        if (!asSelf) chownToNobody(dir.path);
        const locked = join(legacy, "rlm-state", file);
        chmodSync(locked, 0);
        const run = (args: string[]) => {
          const argv = [bin, ...where, ...args];
          const env = { ...process.env, ...CLEAN_ENV };
          return asSelf
            ? spawnSync(process.execPath, argv, { env, encoding: "utf8" })
            : spawnAsNobody(process.execPath, argv, { env });
        };

        const plan = run(["--dry-run", "--json"]);
        expect(plan.status, plan.stderr).toBe(1);
        const planned = oneObject(plan.stdout) as Report;
        expect(planned.totals.fail).toBe(1);
        expect(planned.sessions.find((s) => s.sessionId === ID)).toMatchObject({
          action: "fail",
          reason: expect.stringContaining(`cannot read rlm-state/${file} (EACCES`),
        });

        const r = run(["--json"]);
        expect(r.status, r.stderr).toBe(1);
        const report = oneObject(r.stdout) as Report;
        expect(report.totals).toMatchObject({ migrated: 1, failed: 1 });
        expect(report.sessions.find((s) => s.sessionId === ID)).toMatchObject({
          status: "failed",
          reason: expect.stringMatching(/EACCES.*fix the cause.*run again/),
        });

        chmodSync(locked, 0o644);
        const again = run(["--json"]);
        expect(again.status, again.stderr).toBe(0);
        expect((oneObject(again.stdout) as Report).totals).toMatchObject({
          migrated: 1,
          "already-migrated": 1,
          failed: 0,
        });
        expect(run(["verify"]).status).toBe(0);
      },
    );
  }
});

describe("a transcript_path in session-metadata.json that is gone", () => {
  it("is not linked: the transcript found under projects/ is, else the session is listed as not found", async () => {
    const { where, root } = legacyCopy("normal");
    // The fixture's transcript_path (/home/dev/.claude/projects/-repo/…) does not exist here.
    const text = await cli(where);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Claude Code transcripts: 0 of 2 session\(s\) linked/);
    expect(text.stdout).toMatch(new RegExp(`Not found[^\\n]*\\n(  \\S+\\n)*  ${ID}\\n`));
    expect(spawnSync("test", ["-L", join(root, ID, "transcript.jsonl")]).status).toBe(1);

    const other = legacyCopy("normal");
    const transcript = join(other.dir.join("claude"), "projects", "-repo", `${ID}.jsonl`);
    mkdirSync(join(transcript, ".."), { recursive: true });
    writeFileSync(transcript, `${JSON.stringify({ type: "user", cwd: "/repo", sessionId: ID })}\n`);
    const r = await cli([...other.where, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const report = oneObject(r.stdout) as { sessions: Array<{ sessionId: string; transcript: string }> };
    expect(report.sessions.find((s) => s.sessionId === ID)?.transcript).toBe(transcript);
    expect((await cli(["verify", ...other.where])).code).toBe(0);
  });
});

describe("a sessions folder that cannot be made", () => {
  it("a regular file, or a path under one: a coded error naming it, on a run and on a dry run (exit 2)", async () => {
    const { dir, whereFor } = legacyCopy("normal");
    const file = dir.join("a-file");
    writeFileSync(file, "");
    for (const dry of [[], ["--dry-run"]]) {
      const r = await cli([...whereFor(file), ...dry, "--json"]);
      expect(r.code, r.stderr).toBe(2);
      expect(oneObject(r.stdout)).toMatchObject({
        code: "ERR_RLM_USAGE",
        message: `the sessions root ${file} is not a folder`,
      });
      const under = await cli([...whereFor(join(file, "sessions")), ...dry]);
      expect(under.code).toBe(2);
      expect(under.stderr).toContain(
        `rlm-migrate: the sessions root ${join(file, "sessions")} cannot be made: ${file} is not a folder\n`,
      );
    }
  });

  it("a dangling symlink (a drive not mounted), or a path under one: named with its target, run and dry run (exit 2)", async () => {
    const { dir, whereFor } = legacyCopy("normal");
    const link = dir.join("sessions-link");
    const target = dir.join("unmounted", "rlm-sessions");
    symlinkSync(target, link);
    for (const dry of [[], ["--dry-run"]]) {
      const r = await cli([...whereFor(link), ...dry, "--json"]);
      expect(r.code, r.stderr).toBe(2);
      expect(oneObject(r.stdout)).toMatchObject({
        code: "ERR_RLM_USAGE",
        message: `the sessions root ${link} is a symlink to ${target}, which does not exist`,
      });
      const under = await cli([...whereFor(join(link, "sub")), ...dry]);
      expect(under.code).toBe(2);
      expect(under.stderr).toContain(`${link} is a symlink to ${target}, which does not exist`);
    }
    expect(existsSync(target)).toBe(false);
  });

  const mountWhy = tmpfsUnavailable(join(tempDir("rlm-probe-").path, "m"));
  it.skipIf(mountWhy !== null)(
    `on a read-only file system: names the nearest folder and EROFS, as the dry run predicts${mountWhy ? ` (skipped: ${mountWhy})` : ""}`,
    async () => {
      const { dir, whereFor } = legacyCopy("normal");
      const mnt = dir.join("disk");
      const m = mountTmpfs(mnt, 64);
      if ("skip" in m) throw new Error(m.skip);
      try {
        remountReadOnly(mnt);
        const root = join(mnt, "home", "rlm-sessions");
        const where = whereFor(root);
        const message = `cannot write in ${mnt}: read-only file system (EROFS)`;
        const plan = await cli([...where, "--dry-run"]);
        expect(plan.code).toBe(1);
        expect(plan.stdout).toContain(`Sessions root: ${message}`);
        const r = await cli([...where, "--json"]);
        expect(r.code, r.stderr).toBe(1);
        expect(oneObject(r.stdout)).toMatchObject({ kind: "error", code: "ERR_RLM_MIGRATION", message });
      } finally {
        m.unmount();
      }
    },
  );
});

describe("a full disk while the backup is written", () => {
  const mountWhy = tmpfsUnavailable(join(tempDir("rlm-probe-").path, "m"));
  it.skipIf(mountWhy !== null)(
    `names the backup folder and ENOSPC, with a hint about space${mountWhy ? ` (skipped: ${mountWhy})` : ""}`,
    async () => {
      const { dir, legacy, whereFor } = legacyCopy("normal");
      // A legacy file larger than the disk: the run starts, its backup copy cannot be written.
      writeFileSync(join(legacy, "rlm-externalized", ID, "big.txt"), randomBytes(512 * 1024));
      const mnt = dir.join("disk");
      const m = mountTmpfs(mnt, 256);
      if ("skip" in m) throw new Error(m.skip);
      try {
        const root = join(mnt, "sessions");
        const where = whereFor(root);
        const r = await cli([...where, "--json"]);
        expect(r.code, r.stderr).toBe(1);
        const e = oneObject(r.stdout) as { code: string; message: string; hint: string };
        expect(e.code).toBe("ERR_RLM_MIGRATION");
        expect(e.message).toMatch(
          new RegExp(
            `^cannot write the backup in ${root}/migration-backup/\\S+: no space left on device \\(ENOSPC\\)$`,
          ),
        );
        expect(e.hint).toMatch(/free some space.*--sessions-dir on a disk with room/);
        expect(e.hint).not.toMatch(/shorter/);
      } finally {
        m.unmount();
      }
    },
  );
});

describe("--claude-dir given wrong", () => {
  it("a folder that does not exist, or the projects folder itself: a usage error saying what was meant (exit 2)", async () => {
    const { dir, where } = legacyCopy("normal");
    const withClaude = (c: string) => [...where.slice(0, 4), "--claude-dir", c];
    const missing = await cli([...withClaude("/nonexistent-claude"), "--json"]);
    expect(missing.code).toBe(2);
    expect(oneObject(missing.stdout)).toMatchObject({
      code: "ERR_RLM_USAGE",
      message: "--claude-dir /nonexistent-claude does not exist",
    });
    const projects = join(dir.join("claude"), "projects");
    mkdirSync(projects);
    const inner = await cli(withClaude(projects));
    expect(inner.code).toBe(2);
    expect(inner.stderr).toContain(`hint: did you mean --claude-dir ${dir.join("claude")}?`);
    expect((await cli(["verify", ...withClaude("/nonexistent-claude")])).code).toBe(2);
  });
});

describe("-v", () => {
  it("prints the version wherever --version does", async () => {
    const version = (await cli(["--version"])).stdout;
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const args of [["-v"], ["--dry-run", "-v"], ["-v", "--json"], ["verify", "-v"]]) {
      const r = await cli(args);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe(version);
    }
  });
});
