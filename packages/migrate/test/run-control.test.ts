import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { listRuns, migrate, planMigration, rollback } from "../src/index.js";
import { checkTarget } from "../src/plan/check-target.js";
import { targetWriteError } from "../src/run/write-errors.js";
import { FIXED_NOW, prepareCase } from "./support/fixture-case.js";
import { normalizedTree, runIdsIn } from "./support/normalize-tree.js";

// Controlling a run: stopping it cleanly (Ctrl-C in the CLI), folders given the wrong way,
// a rollback given the same options as the run, a target that cannot take the run.

const usage = (message: RegExp) =>
  expect.objectContaining({ code: "ERR_RLM_USAGE", message: expect.stringMatching(message) });

describe("stopping a run (shouldStop)", () => {
  it("commits what is staged, keeps the run unfinished, and the next run resumes it to the same tree", () => {
    const a = prepareCase("damaged");
    const b = prepareCase("damaged");
    const whole = migrate({
      legacyDir: b.legacy,
      sessionsDir: b.root,
      claudeDir: b.claudeDir,
      now: FIXED_NOW,
    });
    let staged = 0;
    const options = { legacyDir: a.legacy, sessionsDir: a.root, claudeDir: a.claudeDir, now: FIXED_NOW };
    const onEvent = (e: { type: string }) => {
      if (e.type === "staged") staged++;
    };
    expect(() => migrate({ ...options, onEvent, shouldStop: () => staged >= 3 })).toThrow(
      expect.objectContaining({
        code: "ERR_RLM_MIGRATION",
        message: expect.stringMatching(
          /^interrupted after \d+ of 10 session\(s\); run \S+ is kept unfinished$/,
        ),
        hint: expect.stringMatching(/run the same command again/),
      }),
    );
    expect(listRuns(a.root).map((r) => r.status)).toEqual(["running"]);
    const resumed = migrate(options);
    expect(resumed).toMatchObject({ resumed: true, ok: true });
    expect(resumed.totals.migrated + resumed.totals["already-migrated"]).toBe(whole.totals.migrated);
    const tree = (root: string, tmp: string) =>
      Object.fromEntries(
        Object.entries(normalizedTree(root, { tmp, runIds: runIdsIn(root) })).filter(
          ([k]) => !/RUN-ID\/(journal\.jsonl|report\.json)$/.test(k),
        ),
      );
    expect(tree(a.root, a.tmp.path)).toEqual(tree(b.root, b.tmp.path));
  });

  it("stops during the backup without leaving a run behind", () => {
    const { legacy, root } = prepareCase("normal");
    // Asked first before the first session (no), then between backup copies (yes).
    let asked = 0;
    expect(() => migrate({ legacyDir: legacy, sessionsDir: root, shouldStop: () => ++asked > 1 })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^interrupted while backing up/) }),
    );
    expect(listRuns(root)).toEqual([]);
  });
});

describe("legacy folders given the wrong way", () => {
  it("recognises $HOME and the rlm-state folder itself given as --legacy-dir, and says what was meant", () => {
    const home = tempDir("rlm-home-");
    mkdirSync(home.join(".claude", "rlm-state"), { recursive: true });
    writeFileSync(home.join(".claude", "rlm-state", "s1.json"), '{"session_id": "s1"}');
    const sessionsDir = home.join("sessions");
    expect(() => migrate({ legacyDir: home.path, sessionsDir })).toThrow(
      expect.objectContaining({
        code: "ERR_RLM_USAGE",
        hint: `did you mean --legacy-dir ${home.join(".claude")}? (--legacy-dir is the ~/.claude folder, not your home)`,
      }),
    );
    expect(() => planMigration({ legacyDir: home.join(".claude", "rlm-state"), sessionsDir })).toThrow(
      expect.objectContaining({
        code: "ERR_RLM_USAGE",
        message: expect.stringMatching(/is itself a legacy folder/),
        hint: expect.stringContaining(`--legacy-dir ${home.join(".claude")}? (or --state-dir`),
      }),
    );
    // A state folder by another name is recognised by its files.
    const other = home.join("old-state");
    mkdirSync(other);
    writeFileSync(join(other, "s1_context.json"), "{}");
    expect(() => migrate({ legacyDir: other, sessionsDir })).toThrow(usage(/is itself a legacy folder/));
    // The folder itself through --state-dir is fine.
    expect(migrate({ stateDir: home.join(".claude", "rlm-state"), sessionsDir }).totals.migrated).toBe(1);
  });
});

describe("rollback given the run's own legacy options", () => {
  it("accepts the folders the run recorded (also through a symlink) and refuses others, naming both", () => {
    const { legacy, root, tmp } = prepareCase("partial");
    const run = migrate({ legacyDir: legacy, sessionsDir: root });
    symlinkSync(legacy, tmp.join("link"));
    expect(() => rollback({ sessionsDir: root, legacy: { legacyDir: tmp.join("elsewhere") } })).toThrow(
      usage(new RegExp(`run ${run.runId} was made with other legacy folders: rlm-state ${legacy}/rlm-state`)),
    );
    expect(() =>
      rollback({ sessionsDir: root, legacy: { stateDir: tmp.join("other-state") }, dryRun: true }),
    ).toThrow(usage(/rlm-state/));
    expect(rollback({ sessionsDir: root, legacy: { legacyDir: tmp.join("link") }, dryRun: true }).ok).toBe(
      true,
    );
    const undo = rollback({ sessionsDir: root, legacy: { legacyDir: legacy } });
    expect(undo).toMatchObject({ ok: true, runId: run.runId });
  });
});

describe("a target that cannot take the run", () => {
  it("the dry run names a target that is no folder, or too small for the run", () => {
    const dir = tempDir("rlm-target-");
    writeFileSync(dir.join("file"), "");
    expect(checkTarget(join(dir.join("file"), "sessions"), 0)).toMatchObject({
      writable: false,
      problem: `${dir.join("file")} is not a folder`,
    });
    const huge = checkTarget(dir.join("sessions"), Number.MAX_SAFE_INTEGER);
    expect(huge).toMatchObject({ exists: false, checked: dir.path, writable: true });
    expect(huge.problem).toMatch(
      new RegExp(`^not enough space in ${dir.path}: about \\d+ bytes needed, \\d+ free \\(ENOSPC\\)$`),
    );
    expect(checkTarget(dir.path, 1)).toMatchObject({ exists: true, writable: true, problem: null });
  });

  it("turns a permission, read-only or full-disk failure into a coded error naming the folder", () => {
    for (const [code, words] of [
      ["EACCES", "permission denied"],
      ["EROFS", "read-only file system"],
      ["ENOSPC", "no space left on device"],
    ] as const) {
      const raw = Object.assign(new Error(`${code}: open '/r/.rlm-migrate.lock.1a2b.tmp'`), {
        code,
        syscall: "open",
        path: "/r/.rlm-migrate.lock.1a2b.tmp",
      });
      const err = targetWriteError(raw, "/r", "write");
      expect(err).toMatchObject({
        code: "ERR_RLM_MIGRATION",
        message: `cannot write in /r: ${words} (${code})`,
      });
      expect(err?.message).not.toContain("lock");
    }
    expect(targetWriteError(Object.assign(new Error("x"), { code: "ENOENT" }), "/r", "write")).toBeNull();
  });
});
