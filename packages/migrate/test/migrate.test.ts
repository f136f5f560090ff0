import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashTree, spawnNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { type MigrationEvent, migrate, planMigration } from "../src/index.js";
import { FIXED_NOW, prepareCase } from "./support/fixture-case.js";

function modes(dir: string, out: string[] = []): string[] {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isSymbolicLink()) continue;
    out.push(`${(statSync(p).mode & 0o777).toString(8)} ${d.isDirectory() ? "dir" : "file"}`);
    if (d.isDirectory()) modes(p, out);
  }
  return out;
}

describe("migrate", () => {
  it("writes sessions and backups private (dirs 0700, files 0600)", () => {
    const { legacy, root } = prepareCase("normal");
    migrate({ legacyDir: legacy, sessionsDir: root });
    expect(new Set(modes(root))).toEqual(new Set(["700 dir", "600 file"]));
  });

  it("plans without writing anything, and the plan matches the run", () => {
    const { legacy, root, tmp } = prepareCase("damaged");
    const before = hashTree(tmp.path);
    const plan = planMigration({ legacyDir: legacy, sessionsDir: root, now: FIXED_NOW });
    expect(hashTree(tmp.path)).toEqual(before);
    expect(plan.totals).toEqual({ create: 8, replace: 0, "already-migrated": 0, skip: 2, fail: 0 });
    const trunc = plan.sessions.find((s) => s.sessionId === "trunc")!;
    expect(trunc.copied).toEqual(["rlm-state/trunc.json", "rlm-state/trunc_context.json"]);
    expect(trunc.creates).toEqual(
      expect.arrayContaining(["session.json", "file-access.jsonl", "legacy/migration.json"]),
    );
    const run = migrate({ legacyDir: legacy, sessionsDir: root, now: FIXED_NOW });
    for (const s of plan.sessions) {
      expect(run.sessions.find((o) => o.sessionId === s.sessionId)?.counts ?? null).toEqual(s.counts);
    }
  });

  it("emits typed progress events, one per session, in order", () => {
    const { legacy, root } = prepareCase("partial");
    const events: MigrationEvent[] = [];
    migrate({ legacyDir: legacy, sessionsDir: root, onEvent: (e) => events.push(e) });
    expect(events.map((e) => e.type)).toEqual([
      "start",
      "backup",
      ...Array(6).fill("staged"),
      ...Array(6).fill("session"),
      "finish",
    ]);
    expect(
      events.filter((e) => e.type === "session").map((e) => (e.type === "session" ? e.index : -1)),
    ).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("with --force re-migrates its own sessions but never a hook-created one", () => {
    const { legacy, root } = prepareCase("conflict");
    migrate({ legacyDir: legacy, sessionsDir: root });
    const hooked = hashTree(join(root, "hooked"));
    const again = migrate({ legacyDir: legacy, sessionsDir: root, force: true });
    expect(again.sessions.map((s) => [s.sessionId, s.status])).toEqual([
      ["fresh", "replaced"],
      ["hooked", "skipped"],
    ]);
    expect(hashTree(join(root, "hooked"))).toEqual(hooked);
    expect(readdirSync(join(root, "migration-backup", again.runId!, "replaced"))).toEqual(["fresh"]);
  });

  it("refuses to run beside another migration of the same root", async () => {
    const { legacy, root } = prepareCase("partial");
    mkdirSync(root, { recursive: true });
    const holder = spawnNode(join(import.meta.dirname, "support", "hold-lock.ts"), [root]);
    try {
      await new Promise<void>((resolve) =>
        holder.stdout?.on("data", (d: Buffer) => d.toString().includes("held") && resolve()),
      );
      expect(() => migrate({ legacyDir: legacy, sessionsDir: root })).toThrow(
        expect.objectContaining({
          code: "ERR_RLM_MIGRATION",
          message: expect.stringContaining(".rlm-migrate.lock"),
        }),
      );
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("rejects missing explicit folders and overlapping roots as usage errors, and does nothing without legacy data", () => {
    const dir = tempDir();
    expect(() => migrate({ legacyDir: dir.join("nope"), sessionsDir: dir.join("s") })).toThrow(
      expect.objectContaining({ code: "ERR_RLM_USAGE" }),
    );
    mkdirSync(dir.join("rlm-state"));
    expect(() => migrate({ legacyDir: dir.path, sessionsDir: dir.join("rlm-state", "inside") })).toThrow(
      expect.objectContaining({ code: "ERR_RLM_USAGE" }),
    );
    const nothing = migrate({ legacyDir: dir.path, sessionsDir: dir.join("sessions") });
    expect(nothing).toMatchObject({ runId: null, ok: true, totals: { discovered: 0 } });
    expect(readdirSync(dir.path)).toEqual(["rlm-state"]);
  });

  it("finishes the leftovers of an interrupted run and reports them", () => {
    const { legacy, root } = prepareCase("partial");
    mkdirSync(join(root, ".staging-ctxonly", "cells"), { recursive: true });
    writeFileSync(join(root, ".staging-ctxonly", "session.json"), "{");
    const r = migrate({ legacyDir: legacy, sessionsDir: root });
    expect(r.cleaned).toEqual([join(root, ".staging-ctxonly")]);
    expect(readdirSync(root).filter((n) => n.startsWith("."))).toEqual([]);
    expect(r.totals.migrated).toBe(6);
  });

  it("with --force never replaces a migrated session that changed since (resumed by the hooks)", () => {
    const { legacy, root } = prepareCase("conflict");
    migrate({ legacyDir: legacy, sessionsDir: root });
    const session = join(root, "fresh", "session.json");
    const doc = JSON.parse(readFileSync(session, "utf8"));
    doc.metadata.tags.push("resumed");
    writeFileSync(session, JSON.stringify(doc));
    const resumed = hashTree(join(root, "fresh"));
    const plan = planMigration({ legacyDir: legacy, sessionsDir: root, force: true });
    expect(plan.sessions.find((s) => s.sessionId === "fresh")).toMatchObject({
      action: "skip",
      reason: expect.stringMatching(/changed since/),
    });
    const again = migrate({ legacyDir: legacy, sessionsDir: root, force: true });
    expect(again.sessions.find((s) => s.sessionId === "fresh")).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/changed since/),
    });
    expect(hashTree(join(root, "fresh"))).toEqual(resumed);
  });
});
