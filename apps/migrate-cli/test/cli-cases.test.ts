import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  chownToNobody,
  hashTree,
  nobodyUnavailable,
  spawnAsNobody,
  spawnNode,
  tempDir,
} from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, BUNDLE, CLEAN_ENV, cli, generated, legacyCopy, oneObject } from "./support/cli.js";
import { mountTmpfs, remountReadOnly, tmpfsUnavailable } from "./support/mounts.js";

// Each case issue 8 found in the CLI, through the built bin in a child process.

beforeAll(assertBuilt);

/** Run the bin, sending SIGINT once `ready(stderr)` holds; resolves when it exits. */
function interruptWhen(args: string[], ready: (stderr: string) => boolean) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawnNode(BIN, args, { ts: false, env: CLEAN_ENV });
    let stdout = "";
    let stderr = "";
    let sent = false;
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr?.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      if (!sent && ready(stderr)) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("Ctrl-C", () => {
  it("stops at a session boundary, says the run can be resumed (exit 130), and the same command resumes it", async () => {
    const { where, claude } = generated(300, 2);
    const before = hashTree(join(claude, "rlm-state"));
    const r = await interruptWhen(where, (err) => (err.match(/^migrated /gm) ?? []).length >= 3);
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toContain("Stopping after the current session… (press Ctrl-C again to stop at once)");
    expect(r.stderr).toMatch(
      /rlm-migrate: interrupted after \d+ of 300 session\(s\); run \S+ is kept unfinished\n/,
    );
    expect(r.stderr).toMatch(
      /Run the same command again to resume: it finishes the run where it stopped\.\n$/,
    );
    expect(r.stdout).toBe("");
    const again = await cli([...where, "--json"]);
    expect(again.code, again.stderr).toBe(0);
    const report = oneObject(again.stdout) as {
      resumed: boolean;
      totals: { migrated: number; "already-migrated": number };
    };
    expect(report.resumed).toBe(true);
    expect(report.totals.migrated + report.totals["already-migrated"]).toBe(300);
    expect(hashTree(join(claude, "rlm-state"))).toEqual(before);
  });

  it.skipIf(spawnSync("script", ["--version"]).status !== 0)(
    "on a terminal, erases the progress bar before saying so",
    async () => {
      const { where } = generated(300, 2);
      const command = [process.execPath, BIN, ...where].map((a) => `'${a}'`).join(" ");
      const out = await new Promise<string>((resolve) => {
        const child = spawn("script", ["-qec", command, "/dev/null"], {
          env: { ...process.env, ...CLEAN_ENV, COLUMNS: "100" },
        });
        let text = "";
        let sent = false;
        child.stdout.setEncoding("utf8").on("data", (d: string) => {
          text += d;
          // Ctrl-C typed on the terminal: the line discipline signals the foreground job.
          if (!sent && /\] \d+\/300 /.test(text)) {
            sent = true;
            child.stdin.write("\x03");
          }
        });
        child.on("close", () => resolve(text));
      });
      expect(out).toMatch(/\r\x1b\[2K(\^C)?(\r?\n)?Stopping after the current session/);
      expect(out).toContain("Run the same command again to resume");
    },
  );
});

describe("a target that cannot take the run", () => {
  // Root writes anywhere: as root the single-file bundle runs as nobody from a temp dir.
  const dropWhy = process.getuid?.() === 0 ? nobodyUnavailable() : null;
  it.skipIf(dropWhy !== null)(
    `names the folder and EACCES, in text and as a coded --json error, and --dry-run checks it first${dropWhy ? ` (skipped: ${dropWhy})` : ""}`,
    () => {
      const { dir, legacy } = legacyCopy("partial");
      const root = dir.join("locked", "sessions");
      mkdirSync(root, { recursive: true });
      const where = ["--legacy-dir", legacy, "--sessions-dir", root, "--claude-dir", dir.join("claude")];
      let run: (args: string[]) => { status: number | null; stdout: string; stderr: string };
      if (process.getuid?.() === 0) {
        const bin = dir.join("rlm-migrate.cjs");
        copyFileSync(BUNDLE, bin);
        chownToNobody(dir.path);
        spawnSync("chown", ["-R", "0:0", dir.join("locked")]);
        run = (args) =>
          spawnAsNobody(process.execPath, [bin, ...args], { env: { ...process.env, ...CLEAN_ENV } });
      } else {
        spawnSync("chmod", ["0555", root]);
        run = (args) =>
          spawnSync(process.execPath, [BIN, ...args], {
            encoding: "utf8",
            env: { ...process.env, ...CLEAN_ENV },
          });
      }
      const plan = run([...where, "--dry-run"]);
      expect(plan.status, plan.stderr).toBe(1);
      expect(plan.stdout).toContain(
        `Sessions root: cannot write in ${root}: permission denied (EACCES): the run would fail`,
      );
      const r = run([...where, "--json"]);
      expect(r.status).toBe(1);
      expect(oneObject(r.stdout)).toMatchObject({
        kind: "error",
        code: "ERR_RLM_MIGRATION",
        message: `cannot write in ${root}: permission denied (EACCES)`,
        hint: expect.stringMatching(/writable by you.*--sessions-dir/),
      });
      const text = run(where);
      expect(text.stderr).toBe(
        `rlm-migrate: cannot write in ${root}: permission denied (EACCES)\nhint: ${(oneObject(r.stdout) as { hint: string }).hint}\n`,
      );
      expect(readdirSync(root)).toEqual([]);
    },
  );

  const mountWhy = tmpfsUnavailable(join(tempDir("rlm-probe-").path, "m"));
  describe.skipIf(mountWhy !== null)(
    `on a full or read-only disk (tmpfs)${mountWhy ? ` (skipped: ${mountWhy})` : ""}`,
    () => {
      for (const kind of ["ENOSPC", "EROFS"] as const) {
        it(`${kind}: a coded error naming the folder; --dry-run says so before anything is written`, async () => {
          const { dir, whereFor } = legacyCopy("normal");
          const mnt = dir.join("disk");
          const m = mountTmpfs(mnt, 64);
          if ("skip" in m) throw new Error(m.skip);
          try {
            const root = join(mnt, "sessions");
            mkdirSync(root);
            if (kind === "ENOSPC") {
              // Fill the disk: the first file the run writes cannot be written.
              try {
                writeFileSync(join(mnt, "filler"), Buffer.alloc(1024 * 1024));
              } catch {
                /* ENOSPC: full, as wanted */
              }
            } else remountReadOnly(mnt);
            const where = whereFor(root);
            const words = kind === "ENOSPC" ? "no space left on device" : "read-only file system";
            const plan = await cli([...where, "--dry-run"]);
            expect(plan.code).toBe(1);
            expect(plan.stdout).toMatch(
              kind === "ENOSPC"
                ? new RegExp(
                    `Sessions root: not enough space in ${root}: about \\d+ bytes needed, \\d+ free \\(ENOSPC\\)`,
                  )
                : new RegExp(`Sessions root: cannot write in ${root}: read-only file system \\(EROFS\\)`),
            );
            const r = await cli([...where, "--json"]);
            expect(r.code, r.stderr).toBe(1);
            expect(oneObject(r.stdout)).toMatchObject({
              kind: "error",
              code: "ERR_RLM_MIGRATION",
              message: `cannot write in ${root}: ${words} (${kind})`,
            });
            expect(r.stderr).not.toMatch(/lock|\.tmp/);
          } finally {
            m.unmount();
          }
        });
      }
    },
  );
});

describe("verify", () => {
  it("refuses the migration's own options instead of ignoring them", async () => {
    const { where } = legacyCopy("partial");
    for (const flag of ["--rollback", "--force", "--dry-run", "--no-backup"]) {
      const r = await cli(["verify", ...where, flag, "--json"]);
      expect(r.code, flag).toBe(2);
      expect(oneObject(r.stdout)).toMatchObject({
        code: "ERR_RLM_USAGE",
        message: expect.stringContaining(`verify takes no ${flag}`),
      });
    }
  });

  it("does not say Verified when there was nothing to verify", async () => {
    const dir = tempDir("rlm-cli-empty-");
    mkdirSync(dir.join("rlm-state"));
    const r = await cli(["verify", "--legacy-dir", dir.path, "--sessions-dir", dir.join("s")]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("Verified");
    expect(r.stdout).toContain(`Nothing to verify: no legacy session found in ${dir.join("rlm-state")}`);
  });
});

describe("help and version", () => {
  it("`help`, `help verify` and `-v` do what users expect", async () => {
    const help = await cli(["help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: rlm-migrate [options] [command]");
    const verify = await cli(["help", "verify"]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain("prove nothing was lost");
    for (const flag of ["-v", "-V", "--version"]) {
      const v = await cli([flag]);
      expect(v.code, flag).toBe(0);
      expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });
});

describe("folders given the way users give them", () => {
  it("recognises $HOME or the rlm-state folder given as --legacy-dir and says what was meant (exit 2)", async () => {
    const { dir, claude } = generated(2);
    const home = dir.join("home");
    const r = await cli(["--legacy-dir", home, "--dry-run"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`hint: did you mean --legacy-dir ${claude}?`);
    const state = await cli(["--legacy-dir", join(claude, "rlm-state"), "--json"]);
    expect(state.code).toBe(2);
    expect(oneObject(state.stdout)).toMatchObject({
      code: "ERR_RLM_USAGE",
      message: expect.stringContaining("is itself a legacy folder"),
      hint: expect.stringContaining(`--state-dir ${join(claude, "rlm-state")}`),
    });
  });

  it("expands ~ in --sessions-dir=~/x instead of making a folder named ~", async () => {
    const { dir, legacy } = legacyCopy("partial");
    const r = await cli(["--legacy-dir", legacy, "--sessions-dir=~/migrated", "--json"], { HOME: dir.path });
    expect(r.code, r.stderr).toBe(0);
    expect(oneObject(r.stdout).sessionsRoot).toBe(dir.join("migrated"));
    expect(readdirSync(dir.path).sort()).toEqual(["claude", "legacy", "migrated"]);
    const other = await cli(["--legacy-dir", legacy, "--sessions-dir=~bob/x"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("~bob is not expanded here: give the full path");
  });

  it("--rollback accepts the legacy options the run was made with, and refuses others", async () => {
    const { dir, where } = legacyCopy("partial");
    expect((await cli(where)).code).toBe(0);
    const wrong = await cli(["--rollback", "--legacy-dir", dir.path, "--sessions-dir", where[3]!, "--json"]);
    expect(wrong.code).toBe(2);
    expect(oneObject(wrong.stdout)).toMatchObject({
      message: expect.stringContaining("was made with other legacy folders"),
    });
    const same = await cli([...where, "--rollback", "--json"]);
    expect(same.code, same.stderr).toBe(0);
    expect(oneObject(same.stdout)).toMatchObject({ kind: "rollback", ok: true });
    const noBackup = await cli([...where, "--rollback", "--no-backup"]);
    expect(noBackup.code).toBe(2);
  });
});

describe("a dry run on a large machine", () => {
  it("prints a summary by default and the per-session plan with --verbose", async () => {
    const { where } = generated(60, 1);
    // 45 transcripts on disk; the latest session's path in session-metadata.json leads to
    // no transcript (the generator writes none for it), so it is not linked.
    const summary = await cli([...where, "--dry-run"]);
    expect(summary.code, summary.stderr).toBe(0);
    const lines = summary.stdout.split("\n");
    expect(lines.length).toBeLessThan(40);
    expect(summary.stdout).toMatch(/create\s+60\n/);
    expect(summary.stdout).toContain("Claude Code transcripts: 45 of 60 session(s) would be linked");
    expect(summary.stdout).toContain("The plan per session: rlm-migrate --dry-run --verbose (60 sessions).");
    const verbose = await cli([...where, "--dry-run", "--verbose"]);
    expect(verbose.stdout.split("\n").length).toBeGreaterThan(60 * 4);
    expect(verbose.stdout).toContain("create  000059aaaa-bbbb-4ccc-8ddd-000059eeeeee");
  });
});
