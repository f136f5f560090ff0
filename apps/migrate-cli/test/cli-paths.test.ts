import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashTree, runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { CLEAN_ENV, oneObject } from "./support/cli.js";

// Every path of the built bin with --json prints exactly one JSON object on stdout (errors
// included) and the documented exit code; no path ever changes a legacy file.

const BIN = join(import.meta.dirname, "..", "bin", "rlm-migrate.js");
const cli = (args: string[]) => runNode(BIN, args, { ts: false, env: CLEAN_ENV });

function messyLegacy() {
  const dir = tempDir("rlm-cli-paths-");
  const legacy = dir.join("legacy");
  const st = join(legacy, "rlm-state");
  mkdirSync(join(legacy, "rlm-externalized", "s1"), { recursive: true });
  mkdirSync(st, { recursive: true });
  const big = "x".repeat(2_000_000);
  writeFileSync(
    join(st, "s1.json"),
    JSON.stringify({ session_id: "s1", created_at: 1, working_memory: { a: 1 } }),
  );
  writeFileSync(
    join(st, "s1_context.json"),
    JSON.stringify({ tool_outputs: [{ tool_name: "Bash", content: big }] }),
  );
  writeFileSync(join(st, "..odd.json"), "{");
  writeFileSync(join(st, "bad id.json"), "{}");
  writeFileSync(join(st, "trunc.json"), '{"created_at": 5, "working_memory": {"k": ');
  writeFileSync(join(legacy, "rlm-externalized", "s1", "manifest_1.json"), "{}");
  const root = dir.join("sessions");
  return { legacy, root, where: ["--legacy-dir", legacy, "--sessions-dir", root] };
}

describe("rlm-migrate --json on every path (built bin)", () => {
  it("prints one JSON error object for usage errors commander catches (exit 2)", async () => {
    for (const args of [
      ["--bogus"],
      ["--legacy-dir"],
      ["verify", "--bogus"],
      ["extra"],
      ["--rollback", "a", "b"],
    ]) {
      const r = await cli([...args, "--json"]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(oneObject(r.stdout)).toMatchObject({
        kind: "error",
        code: "ERR_RLM_USAGE",
        message: expect.any(String),
      });
    }
  });

  it("migrates, verifies and rolls back a messy tree; legacy bytes never change on any path", async () => {
    const { legacy, root, where } = messyLegacy();
    const before = hashTree(legacy);
    const steps: Array<[string[], number, string]> = [
      [["--dry-run"], 0, "plan"],
      [[], 0, "migrate"],
      [[], 0, "migrate"],
      [["verify"], 0, "verify"],
      [["--force"], 0, "migrate"],
      [["--rollback", "20200101-000000-abcdef", "--sessions-dir", root], 2, "error"],
      [["--rollback", "--dry-run", "--sessions-dir", root], 0, "rollback"],
      [["--rollback", "--sessions-dir", root], 0, "rollback"],
      [["--rollback", "--sessions-dir", root], 0, "rollback"],
      [["--rollback", "--sessions-dir", root], 2, "error"],
      [["verify"], 1, "verify"],
    ];
    for (const [args, code, kind] of steps) {
      const r = await cli(
        args.includes("--sessions-dir") ? [...args, "--json"] : [...args, ...where, "--json"],
      );
      const label = `${args.join(" ")}: ${r.stderr}`;
      expect(r.code, label).toBe(code);
      const out = oneObject(r.stdout);
      expect(out.kind, label).toBe(kind);
      if (kind === "migrate")
        expect(out.unknown).toContainEqual(expect.objectContaining({ ref: "rlm-state/..odd.json" }));
      expect(hashTree(legacy), label).toEqual(before);
    }
  });

  it.skipIf(spawnSync("script", ["--version"]).status !== 0)(
    "draws a progress bar on a terminal and still prints the summary table",
    () => {
      const { where } = messyLegacy();
      const command = [process.execPath, BIN, ...where].map((a) => `'${a}'`).join(" ");
      const r = spawnSync("script", ["-qec", command, "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, ...CLEAN_ENV, COLUMNS: "100" },
      });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/\r\x1b\[2K\[#+\] 2\/2 /);
      expect(r.stdout).toMatch(/migrated\s+2\r?\n/);
      expect(r.stdout).not.toMatch(/^migrated {2}s1/m);
    },
  );
});
