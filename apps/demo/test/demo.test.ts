import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "dist", "main.mjs");

/** Run the demo with its own $TMPDIR (removed after the test), and check it left nothing there. */
async function demo(args: string[], opts: { longTmp?: boolean } = {}) {
  const tmp = tempDir("rlm-demo-test-");
  // A long $TMPDIR (as in CI checkouts under deep paths) makes every absolute path long.
  const dir = opts.longTmp === true ? join(tmp.path, "t".repeat(60), "u".repeat(60)) : tmp.path;
  mkdirSync(dir, { recursive: true });
  const r = await runNode(bin, args, { ts: false, env: { TMPDIR: dir } });
  expect(readdirSync(dir), "the demo removes its temporary root").toEqual([]);
  return r;
}

const SESSION = "d6e0bada-1959-4eec-a9d2-0bfade768d8f"; // transcript-main-tool-heavy.v2.1.38.jsonl

describe("rlm-demo (built bundle, real child processes)", () => {
  it("replays the genuine transcript through rlm-hook and prints the session, its cells, the invalidation and the lineage", async () => {
    const r = await demo([]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/22 hook events, one child process each/);
    expect(r.stdout).toContain(`current -> ${SESSION}`);
    expect(r.stdout).toMatch(/session\.json {2}\(0600/);
    expect(r.stdout).toMatch(
      /cell_[0-9a-f]{8} {2}tool {5}stale {3}Read {7}assets\/js\/app\.js {2}\(file changed: assets\/js\/app\.js\)/,
    );
    expect(r.stdout).toMatch(/depends on (cell_[0-9a-f]{8}) — the Edit that last wrote the file\./);
    expect(r.stdout).toContain("hook-errors.log: none");
  });

  it("shows project paths relative to the project, whole, under a long $TMPDIR", async () => {
    const r = await demo([], { longTmp: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /cell_[0-9a-f]{8} {2}tool {5}stale {3}Read {7}assets\/js\/app\.js {2}\(file changed: assets\/js\/app\.js\)/,
    );
    expect(r.stdout).toMatch(/cell_[0-9a-f]{8} {2}tool {5}done {4}Edit {7}assets\/js\/app\.js\n/);
  });

  it("--json gives one parseable object: every tool call a cell, the edit's readers stale, the re-read after it", async () => {
    const r = await demo(["--json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sessionId).toBe(SESSION);
    expect(out.cells).toHaveLength(8);
    expect(out.edit.staleAfterEdit.map((c: { operation: string }) => c.operation).sort()).toEqual([
      "Glob",
      "Read",
    ]);
    expect(out.edit.reread).toMatchObject({ status: "done", dependencies: [out.edit.editCell] });
    expect(out.state.trajectory).toMatchObject({ prompts: 3, tool_calls: 8 });
    expect(out.hookErrors).toBe("");
  });

  it("refuses an unknown option with exit code 2", async () => {
    const r = await demo(["--nope"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option --nope");
  });
});
