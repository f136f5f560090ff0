import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { hashTree, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { type BackupManifest, migrate, rollback, verifyMigration } from "../src/index.js";

// Real machines hold messier trees than the fixtures: names the plugin never wrote,
// folders linked elsewhere, names that are not UTF-8, paths near the system's limit.

const state = (id: string) => JSON.stringify({ session_id: id, created_at: 1_700_000_000 });

function manifestOf(root: string, runId: string): BackupManifest {
  return JSON.parse(readFileSync(join(root, "migration-backup", runId, "backup-manifest.json"), "utf8"));
}

describe("messy legacy trees", () => {
  it("backs up top-level names starting with '..' and still migrates every session", () => {
    const dir = tempDir("rlm-messy-");
    const legacy = dir.join("legacy");
    mkdirSync(join(legacy, "rlm-state"), { recursive: true });
    mkdirSync(join(legacy, "rlm-externalized", "..odd"), { recursive: true });
    writeFileSync(join(legacy, "rlm-state", "..odd.json"), "{}");
    writeFileSync(join(legacy, "rlm-externalized", "..odd", "manifest_1.json"), "{}");
    for (const id of ["s1", "s2"]) writeFileSync(join(legacy, "rlm-state", `${id}.json`), state(id));
    const before = hashTree(legacy);
    const root = dir.join("sessions");
    const r = migrate({ legacyDir: legacy, sessionsDir: root });
    expect(r.sessions.map((s) => [s.sessionId, s.status])).toEqual([
      ["s1", "migrated"],
      ["s2", "migrated"],
    ]);
    expect(r.backup).toMatchObject({ copied: true, files: 4 });
    const entry = manifestOf(root, r.runId!).entries.find((e) => e.ref === "rlm-state/..odd.json");
    expect(entry).toMatchObject({ type: "file", size: 2 });
    expect(entry?.missing).toBeUndefined();
    unlinkSync(join(legacy, "rlm-state", "..odd.json"));
    expect(rollback({ sessionsDir: root }).ok).toBe(true);
    expect(hashTree(legacy)).toEqual(before);
  });

  it("stops before writing any session when the backup cannot be written", () => {
    const dir = tempDir("rlm-messy-");
    const legacy = dir.join("legacy");
    // A legacy path that fits the system's limit, whose copy under the backup does not.
    // Whatever $TMPDIR's length: segments of 1-200 characters up to 3,900, then a file name
    // that brings the path to 4,076 (PATH_MAX is 4,096 with the NUL): too long under the backup.
    let deep = join(legacy, "rlm-externalized", "s1");
    while (deep.length < 3900) deep = join(deep, "d".repeat(Math.min(200, 3900 - deep.length)));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, `${"f".repeat(Math.min(250, 4070 - deep.length))}.json`), "{}");
    mkdirSync(join(legacy, "rlm-state"));
    writeFileSync(join(legacy, "rlm-state", "s2.json"), state("s2"));
    const before = hashTree(legacy);
    const root = dir.join("sessions");
    expect(() => migrate({ legacyDir: legacy, sessionsDir: root })).toThrow(
      expect.objectContaining({ code: "ERR_RLM_MIGRATION", message: expect.stringMatching(/backup/) }),
    );
    expect(readdirSync(root).filter((n) => !n.startsWith("."))).toEqual(
      existsSync(join(root, "migration-backup")) ? ["migration-backup"] : [],
    );
    expect(
      existsSync(join(root, "migration-backup")) ? readdirSync(join(root, "migration-backup")) : [],
    ).toEqual([]);
    expect(hashTree(legacy)).toEqual(before);
    // --no-backup (checksums only) is the way through.
    expect(migrate({ legacyDir: legacy, sessionsDir: root, backup: false }).totals.migrated).toBe(1);
  });

  it("follows legacy folders that are symlinks to folders, and rollback restores through them", () => {
    const dir = tempDir("rlm-messy-");
    const real = dir.join("real-state");
    mkdirSync(real);
    writeFileSync(join(real, "s1.json"), state("s1"));
    const home = dir.join("home");
    mkdirSync(home);
    symlinkSync(real, join(home, "rlm-state"));
    const root = dir.join("sessions");
    const before = hashTree(real);
    const r = migrate({ legacyDir: home, sessionsDir: root });
    expect(r.totals).toMatchObject({ discovered: 1, migrated: 1 });
    expect(verifyMigration({ legacyDir: home, sessionsDir: root }).totals.ok).toBe(1);
    // A sessions root that lies inside a legacy folder through a symlink is refused too.
    expect(() => migrate({ legacyDir: home, sessionsDir: join(home, "rlm-state", "sessions") })).toThrow(
      expect.objectContaining({ code: "ERR_RLM_USAGE" }),
    );
    unlinkSync(join(real, "s1.json"));
    const undo = rollback({ sessionsDir: root });
    expect(undo.ok).toBe(true);
    expect(hashTree(real)).toEqual(before);
  });

  it("reports names that are not UTF-8 and files that vanish instead of stopping the run", () => {
    const dir = tempDir("rlm-messy-");
    const legacy = dir.join("legacy");
    const stateDir = join(legacy, "rlm-state");
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(join(stateDir, "s1.json"), state("s1"));
    const latin1 = Buffer.concat([Buffer.from(`${stateDir}/caf`), Buffer.from([0xe9]), Buffer.from(".json")]);
    writeFileSync(latin1, "{}");
    const root = dir.join("sessions");
    const r = migrate({ legacyDir: legacy, sessionsDir: root });
    expect(r.totals).toMatchObject({ discovered: 1, migrated: 1 });
    expect(r.unknown).toEqual([
      { ref: "rlm-state/caf\ufffd.json", reason: expect.stringMatching(/not valid UTF-8/) },
    ]);
    expect(readFileSync(latin1, "utf8")).toBe("{}");
    rmSync(latin1);
  });

  it("reports __proto__ keys it cannot map instead of dropping them silently, and verify still proves the rest", () => {
    const dir = tempDir("rlm-messy-");
    const legacy = dir.join("legacy");
    mkdirSync(join(legacy, "rlm-state"), { recursive: true });
    writeFileSync(
      join(legacy, "rlm-state", "p.json"),
      '{"session_id": "p", "created_at": 1, "working_memory": {"__proto__": {"x": 1}, "a": 2}, "file_cache": {"__proto__": "c", "/f": "b"}}',
    );
    const options = { legacyDir: legacy, sessionsDir: dir.join("sessions") };
    const r = migrate(options);
    expect(r.sessions[0]).toMatchObject({ status: "migrated", counts: { files: 1, workingMemoryKeys: 1 } });
    const warned = r.sessions[0]!.problems.filter((p) => p.level === "warning").map((p) => p.source);
    expect(warned).toEqual(["rlm-state/p.json#files.__proto__", "rlm-state/p.json#working_memory.__proto__"]);
    const v = verifyMigration(options);
    expect(v.sessions[0]).toMatchObject({ status: "ok", differences: [] });
  });
});
