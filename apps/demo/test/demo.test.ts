import { join } from "node:path";
import { runNode } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "dist", "main.mjs");

describe("rlm-demo (built bundle, real child process)", () => {
  it("prints the tree, session.json and a replay that re-ran exactly the stale cells", async () => {
    const r = await runNode(bin, [], { ts: false });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("current -> 94692e6b-0ceb-4981-bb88-c31d81e9e21e");
    expect(r.stdout).toMatch(/session\.json {2}\(0600/);
    expect(r.stdout).toContain('"schema_version": 1');
    expect(r.stdout).toContain("3 live, 1 cached, 0 failed, 0 skipped (5 cells)");
  });

  it("--json gives one parseable object", async () => {
    const r = await runNode(bin, ["--json"], { ts: false });
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
    const r = await runNode(bin, ["--nope"], { ts: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option --nope");
  });
});
