import { readdirSync } from "node:fs";
import { join } from "node:path";
import { runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "dist", "main.mjs");

/** Run the demo with its own $TMPDIR (removed after the test), and check it left nothing there. */
async function demo(args: string[]) {
  const tmp = tempDir("rlm-demo-test-");
  const r = await runNode(bin, args, { ts: false, env: { TMPDIR: tmp.path } });
  expect(readdirSync(tmp.path), "the demo removes its temporary root").toEqual([]);
  return r;
}

describe("rlm-demo (built bundle, real child process)", () => {
  it("prints the tree, session.json and a replay that re-ran exactly the stale cells", async () => {
    const r = await demo([]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("current -> 94692e6b-0ceb-4981-bb88-c31d81e9e21e");
    expect(r.stdout).toMatch(/session\.json {2}\(0600/);
    expect(r.stdout).toContain('"schema_version": 1');
    expect(r.stdout).toContain("3 live, 1 cached, 0 failed, 0 skipped (5 cells)");
  });

  it("--json gives one parseable object", async () => {
    const r = await demo(["--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.session.metadata.session_id).toBe("94692e6b-0ceb-4981-bb88-c31d81e9e21e");
    expect(out.session.budget.by_model["claude-haiku-4-5"]).toEqual({
      calls: 1,
      tokens: 1840,
      cost_usd: 0.0061,
    });
    expect(out.invalidated.map((c: { reason: { kind: string } }) => c.reason.kind).sort()).toEqual([
      "dependency_stale",
      "dependency_stale",
      "dependency_stale",
      "file_changed",
    ]);
    expect(out.replay.counts).toMatchObject({ live: 3, cached: 1, failed: 0, skipped: 0 });
  });

  it("refuses an unknown option with exit code 2", async () => {
    const r = await demo(["--nope"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option --nope");
  });
});
