import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildSession } from "@rlm/repl-bridge/test";
import { runNode } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, repl, run, sandbox } from "./helpers.js";

beforeAll(() => {
  if (!existsSync(join(import.meta.dirname, "..", "dist", "plugin", "rlm-repl.cjs")))
    throw new Error("build first: pnpm --filter @rlm/repl-cli... build (turbo's test task does this)");
});

describe("rlm-repl: usage, discovery and errors (built bundle, child process)", () => {
  it("--help lists every operation with an example, the options and the exit codes", async () => {
    const sb = sandbox();
    const help = await runNode(BIN, ["--help"], { ts: false, env: sb.env });
    expect(help.code).toBe(0);
    const ops = (await run(sb, ["ops", "--json"])).json.ops as { name: string; example: string }[];
    expect(ops.length).toBeGreaterThanOrEqual(22);
    for (const op of ops) {
      expect(help.stdout).toContain(`  ${op.name} `);
      expect(help.stdout).toContain(op.example);
    }
    for (const s of [
      "--op NAME",
      "--args JSON",
      "--session ID",
      "--sessions-dir DIR",
      "--pretty",
      "Exit codes:",
      "130",
    ])
      expect(help.stdout).toContain(s);
    const one = await runNode(BIN, ["--op", "promote_to_memory", "--help"], { ts: false, env: sb.env });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("memory_type");
    expect(one.stdout).toContain("rlm-repl --op promote_to_memory --args");
  });

  it("`ops --json` gives every op's argument schema (JSON Schema objects)", async () => {
    const sb = sandbox();
    const { json, code } = await run(sb, ["ops", "--json"]);
    expect(code).toBe(0);
    const replay = json.ops.find((o: { name: string }) => o.name === "replay");
    expect(replay).toMatchObject({
      session: true,
      recorded: "repl",
      args_schema: { type: "object", required: ["cells"], additionalProperties: false },
    });
    expect(replay.args_schema.properties.force).toMatchObject({ type: "boolean", default: false });
    const llm = json.ops.find((o: { name: string }) => o.name === "llm");
    expect(llm.recorded).toBe("llm_call");
    expect(json.ops.find((o: { name: string }) => o.name === "cells").recorded).toBe("none");
  });

  it("usage errors exit 2 with an {error} document: unknown op, bad JSON, unknown option, bad arguments", async () => {
    const sb = sandbox();
    const cases: [string[], string][] = [
      [["--op", "nope"], "ERR_RLM_UNKNOWN_OP"],
      [["--op", "cells", "--args", "{not json"], "ERR_RLM_USAGE"],
      [["--op", "cells", "--args", "[1,2]"], "ERR_RLM_USAGE"],
      [["--op", "cells", "--bogus"], "ERR_RLM_USAGE"],
      [["--op", "cells", "--args", '{"limit": "ten"}'], "ERR_RLM_USAGE"],
      [["--op", "cells", "--args", '{"colour": 1}'], "ERR_RLM_USAGE"],
      [["--op", "cell"], "ERR_RLM_USAGE"],
      [["--op", "invalidate", "--args", '{"cell_id": "cell_0a1b2c3d", "check_disk": true}'], "ERR_RLM_USAGE"],
      [[], "ERR_RLM_USAGE"],
      [["stray"], "ERR_RLM_USAGE"],
    ];
    for (const [argv, code] of cases) {
      const r = await run(sb, argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.json.error.code, argv.join(" ")).toBe(code);
      expect(r.json.error.message.length).toBeGreaterThan(5);
    }
    const unknown = await run(sb, ["--op", "sesion"]);
    expect(unknown.json.error.hint).toContain("session");
  });

  it("a failed operation exits 1: missing session, missing cell, hostile ids", async () => {
    const sb = sandbox();
    const noCurrent = await repl(sb, "session");
    expect(noCurrent.code).toBe(1);
    expect(noCurrent.json.error.code).toBe("ERR_RLM_SESSION_NOT_FOUND");
    const s = buildSession(sb.root);
    const missing = await repl(sb, "session", undefined, ["--session", "no-such-session"]);
    expect(missing.code).toBe(1);
    expect(missing.json.error).toMatchObject({ code: "ERR_RLM_SESSION_NOT_FOUND" });
    expect(missing.json.error.message).toContain("no-such-session");
    const cell = await repl(sb, "cell", { cell_id: "cell_deadbeef" });
    expect(cell.code).toBe(1);
    expect(cell.json.error.code).toBe("ERR_RLM_CELL_NOT_FOUND");
    for (const hostile of ["../../etc", "a/b", "..", "x".repeat(200)]) {
      const r = await repl(sb, "session", undefined, ["--session", hostile]);
      expect(r.code, hostile).toBe(1);
      expect(r.json.error.code, hostile).toBe("ERR_RLM_INVALID_ID");
    }
    for (const hostile of ["../../etc/passwd", "cell_../../x", "CELL_0A1B2C3D", "cell_0a1b2c3d/.."]) {
      for (const op of ["cell", "dependency_chain", "dependents", "promote_to_memory"]) {
        const r = await repl(sb, op, { cell_id: hostile });
        expect(r.code, `${op} ${hostile}`).toBe(1);
        expect(r.json.error.code, `${op} ${hostile}`).toBe("ERR_RLM_INVALID_ID");
      }
    }
    const replay = await repl(sb, "replay", { cells: ["../../x"] });
    expect(replay.json.error.code).toBe("ERR_RLM_INVALID_ID");
    expect(s.sessionId).toBeTruthy();
  });

  it("--pretty indents; -V prints the version", async () => {
    const sb = sandbox();
    const pretty = await run(sb, ["--op", "sessions", "--pretty"]);
    expect(pretty.stdout).toContain('\n  "root"');
    const v = await runNode(BIN, ["-V"], { ts: false, env: sb.env });
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
