import { readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareCase } from "../../test/support/fixture-case.js";
import { migrate } from "../run/migrate.js";
import { verifyMigration } from "./verify-migration.js";

const SID = "7f3a9c1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b";

function migrated() {
  const c = prepareCase("normal");
  const options = { legacyDir: c.legacy, sessionsDir: c.root };
  migrate(options);
  return { ...c, options, dir: join(c.root, SID) };
}

const firstCell = (dir: string) => {
  const index = JSON.parse(readFileSync(join(dir, "cells", "index.json"), "utf8")) as {
    cells: Record<string, unknown>;
  };
  return join(dir, "cells", `${Object.keys(index.cells)[0]}.json`);
};

describe("verifyMigration", () => {
  it("proves every count and hash after a migration", () => {
    const { options } = migrated();
    const r = verifyMigration(options);
    expect(r.ok).toBe(true);
    expect(r.totals).toEqual({ ok: 2, mismatch: 0, missing: 0, skipped: 0 });
    const checks = Object.fromEntries(
      r.sessions.find((s) => s.sessionId === SID)!.checks.map((c) => [c.name, [c.legacy, c.migrated]]),
    );
    expect(checks).toMatchObject({
      tool_outputs: [102, 102],
      previews: [100, 100],
      files: [3, 3],
      working_memory_keys: [4, 4],
      messages: [2, 2],
      file_access_lines: [3, 3],
      externalized: [4, 4],
      trajectories: [2, 2],
    });
  });

  it("detects a tampered cell, a changed file hash, a lost working-memory key and a deleted copy", () => {
    const { options, dir } = migrated();
    const cell = firstCell(dir);
    writeFileSync(cell, readFileSync(cell, "utf8").replace(/"result": "[^"]*"/, '"result": "tampered"'));
    const session = join(dir, "session.json");
    writeFileSync(
      session,
      readFileSync(session, "utf8")
        .replace(/"hash":"sha256:[0-9a-f]{64}"/, `"hash":"sha256:${"0".repeat(64)}"`)
        .replace('"scratch":[1,2,3],', ""),
    );
    unlinkSync(join(dir, "legacy", "rlm-externalized", SID, "files_1731602000.json"));
    const r = verifyMigration(options);
    expect(r.ok).toBe(false);
    const s = r.sessions.find((x) => x.sessionId === SID)!;
    expect(s.status).toBe("mismatch");
    expect(s.differences.join("\n")).toMatch(/does not hold the legacy content/);
    expect(s.differences.join("\n")).toMatch(/hash differs/);
    expect(s.differences).toContain("working_memory.scratch is missing");
    expect(s.differences).toContain(`legacy/rlm-externalized/${SID}/files_1731602000.json is missing`);
  });

  it("reports a session that was never migrated, or whose cell was deleted", () => {
    const { options, dir, root } = migrated();
    unlinkSync(firstCell(dir));
    rmSync(join(root, "b2c4d6e8-0000-4000-8000-00000000beef"), { recursive: true });
    const r = verifyMigration(options);
    expect(r.totals).toMatchObject({ ok: 0, mismatch: 1, missing: 1 });
    expect(r.sessions.find((x) => x.sessionId === SID)!.differences).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tool output #\d+ has no cell$/),
        expect.stringMatching(/counts 102 cells, 101 cell files/),
      ]),
    );
  });

  it("fails a migrated session whose session.json was damaged or deleted since (not 'skipped')", () => {
    const { options, dir, root } = migrated();
    writeFileSync(join(dir, "session.json"), "{");
    rmSync(join(root, "b2c4d6e8-0000-4000-8000-00000000beef", "session.json"));
    const r = verifyMigration(options);
    expect(r.ok).toBe(false);
    expect(r.totals).toMatchObject({ ok: 0, mismatch: 2, skipped: 0 });
    expect(r.sessions[0]!.differences.join("\n")).toMatch(/session\.json/);
  });

  it("names every difference it counts: a preview removed, metadata changed", () => {
    const { options, dir } = migrated();
    const path = join(dir, "session.json");
    const doc = JSON.parse(readFileSync(path, "utf8"));
    doc.context.tool_outputs.pop();
    doc.metadata.cwd = "/elsewhere";
    doc.metadata.created_at = 1;
    doc.activation.rlm_active = !doc.activation.rlm_active;
    writeFileSync(path, JSON.stringify(doc));
    const s = verifyMigration(options).sessions.find((x) => x.sessionId === SID)!;
    expect(s.status).toBe("mismatch");
    const text = s.differences.join("\n");
    expect(text).toMatch(/previews: 100 legacy tool outputs in the window, 99 previews/);
    expect(text).toMatch(/cwd/);
    expect(text).toMatch(/created_at/);
    expect(text).toMatch(/rlm_active/);
  });
});
