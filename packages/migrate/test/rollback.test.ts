import { cpSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isRlmError } from "@rlm/session-schema";
import { hashTree } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { listRuns, migrate, rollback } from "../src/index.js";
import { FIXED_NOW, FIXTURES, prepareCase } from "./support/fixture-case.js";

const withoutBackups = (tree: Record<string, string>) =>
  Object.fromEntries(Object.entries(tree).filter(([k]) => !k.startsWith("migration-backup")));

function damagedWithHookSession() {
  const c = prepareCase("damaged");
  cpSync(join(FIXTURES, "conflict", "before", "hooked"), join(c.root, "hooked"), { recursive: true });
  return { ...c, options: { legacyDir: c.legacy, sessionsDir: c.root, now: FIXED_NOW } };
}

describe("rollback", () => {
  it("restores deleted legacy files byte for byte and removes exactly what the run created", () => {
    const { legacy, root, options } = damagedWithHookSession();
    const legacyBefore = hashTree(legacy);
    const rootBefore = hashTree(root);
    const modeBefore = statSync(join(legacy, "rlm-state", "trunc.json")).mode;
    const run = migrate(options);
    expect(run.totals.migrated).toBe(8);
    // The user deletes legacy data after migrating: a whole folder, a symlink, a file.
    rmSync(join(legacy, "rlm-state"), { recursive: true });
    rmSync(join(legacy, "rlm-externalized", "latin1"), { recursive: true });
    unlinkSync(join(legacy, "rlm-trajectories", "random.log"));

    const report = rollback({ sessionsDir: root });
    expect(report.ok).toBe(true);
    expect(report.runId).toBe(run.runId);
    expect(report.removed).toHaveLength(8);
    expect(report.legacy.restored).toContain("rlm-state/latin1_context.json");
    expect(report.legacy.restored).toContain("rlm-state/current-transcript.jsonl");
    expect(hashTree(legacy)).toEqual(legacyBefore);
    expect(statSync(join(legacy, "rlm-state", "trunc.json")).mode).toBe(modeBefore);
    expect(withoutBackups(hashTree(root))).toEqual(withoutBackups(rootBefore));
    expect(listRuns(root).map((r) => r.status)).toEqual(["rolled-back"]);
    // Nothing left to roll back: a usage error, not a silent success.
    expect(() => rollback({ sessionsDir: root })).toThrow(expect.objectContaining({ code: "ERR_RLM_USAGE" }));
  });

  it("keeps a session changed since the migration unless forced, and a changed legacy file unless forced", () => {
    const { legacy, root, options } = damagedWithHookSession();
    migrate(options);
    const session = join(root, "trunc", "session.json");
    writeFileSync(session, readFileSync(session, "utf8").replace('"rlm_active":true', '"rlm_active":false'));
    writeFileSync(join(legacy, "rlm-state", "badjson.json"), "{}");
    const dry = rollback({ sessionsDir: root, dryRun: true });
    expect(dry.kept.map((k) => k.sessionId)).toEqual(["trunc"]);
    expect(dry.legacy.changed).toEqual([{ ref: "rlm-state/badjson.json", action: "kept" }]);
    const partial = rollback({ sessionsDir: root });
    expect(partial.ok).toBe(false);
    expect(statSync(join(root, "trunc")).isDirectory()).toBe(true);
    expect(statSync(join(root, "tmpleft"), { throwIfNoEntry: false })).toBeUndefined();
    const forced = rollback({ sessionsDir: root, force: true, runId: partial.runId });
    expect(forced.ok).toBe(true);
    expect(forced.removed).toEqual(["trunc"]);
    expect(forced.legacy.changed).toEqual([{ ref: "rlm-state/badjson.json", action: "overwritten" }]);
    expect(readFileSync(join(legacy, "rlm-state", "badjson.json"), "utf8")).toContain(
      '"session_id": "badjson"',
    );
  });

  it("undoes a --force re-migration by putting the replaced sessions back", () => {
    const { root, options } = damagedWithHookSession();
    migrate(options);
    const afterFirst = hashTree(root);
    const forced = migrate({ ...options, force: true });
    expect(forced.totals.replaced).toBe(8);
    expect(forced.sessions.find((s) => s.sessionId === "hooked")).toBeUndefined();
    const report = rollback({ sessionsDir: root });
    expect(report.runId).toBe(forced.runId);
    expect(report.restoredSessions).toHaveLength(8);
    expect(withoutBackups(hashTree(root))).toEqual(withoutBackups(afterFirst));
  });

  it("without a backup, reports deleted legacy files it cannot restore", () => {
    const { legacy, root, options } = damagedWithHookSession();
    migrate({ ...options, backup: false });
    unlinkSync(join(legacy, "rlm-state", "trunc.json"));
    const report = rollback({ sessionsDir: root });
    expect(report.ok).toBe(false);
    expect(report.legacy.unrestorable).toEqual([
      { ref: "rlm-state/trunc.json", reason: "the run kept no copy (--no-backup)" },
    ]);
    expect(report.removed).toHaveLength(8);
  });

  it("refuses a run id that is not one before touching the disk", () => {
    const { root } = damagedWithHookSession();
    try {
      rollback({ sessionsDir: root, runId: "../../etc" });
      expect.unreachable();
    } catch (err) {
      expect(isRlmError(err, "ERR_RLM_USAGE")).toBe(true);
    }
  });

  it("treats a well-formed run id that names no run as a usage error, and lists the runs there are", () => {
    const { root, options } = damagedWithHookSession();
    const run = migrate(options);
    expect(() => rollback({ sessionsDir: root, runId: "20200101-000000-abcdef" })).toThrow(
      expect.objectContaining({ code: "ERR_RLM_USAGE", hint: expect.stringContaining(run.runId!) }),
    );
  });
});
