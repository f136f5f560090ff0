import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { openCells } from "@rlm/cells";
import { acquireLock, createSessionStore } from "@rlm/session-store";
import { describe, expect, it } from "vitest";
import { expectQuiet, HOOK_BIN, install, listTree } from "./cli.js";

const SID = "0d6f5c3e-8a1b-4c2d-9e0f-a1b2c3d4e5f6";
const base = { session_id: SID, transcript_path: "/nowhere/t.jsonl", cwd: "/tmp" };

describe("hostile input never hurts the user: exit 0, quiet stdout, nothing outside the root, the problem logged", () => {
  const cases: Array<[string, string | Buffer | object, RegExp]> = [
    ["invalid JSON", '{"session_id": "x", "hook_event_name": ', /not JSON/],
    ["empty stdin", "", /empty stdin/],
    ["whitespace only", "  \n\t ", /empty stdin/],
    ["a JSON array", "[1,2,3]", /not a JSON object \(an array\)/],
    ["a JSON string", '"PreToolUse"', /not a JSON object \(string\)/],
    ["no session_id", { hook_event_name: "PreToolUse", tool_name: "Bash" }, /session_id \(missing\) refused/],
    [
      "session_id ../../x",
      { ...base, session_id: "../../x", hook_event_name: "SessionStart" },
      /refused: contains a path separator/,
    ],
    [
      "session_id with NUL",
      { ...base, session_id: "ab\u0000cd", hook_event_name: "SessionStart" },
      /refused: contains NUL/,
    ],
    [
      "session_id 'current'",
      { ...base, session_id: "current", hook_event_name: "SessionStart" },
      /reserved name/,
    ],
    [
      "an unknown event",
      { ...base, hook_event_name: "TeleportStart" },
      /ignored: event TeleportStart is not handled/,
    ],
    ["no hook_event_name", { ...base }, /no hook_event_name/],
  ];

  it.each(cases)("%s", async (_name, payload, logged) => {
    const i = install();
    const r = await i.run(payload);
    expectQuiet(r);
    expect(
      i
        .errorLog()
        .map((e) => e.message)
        .join("\n"),
    ).toMatch(logged);
    // only the log was written: no session, nothing next to the root or in the project
    expect(listTree(i.tmp.path).filter((p) => !p.startsWith("home/.claude"))).toEqual(["home", "project"]);
    expect(readdirSync(i.root)).toEqual(["hook-errors.log"]);
  });

  it("a tool_use_id like ../../x or with NUL is only ever a key: the cell lives inside the session", async () => {
    const i = install();
    for (const id of ["../../x", "a\u0000b", "/etc/passwd", "toolu_\u202e"]) {
      expectQuiet(
        await i.run({
          ...base,
          hook_event_name: "PreToolUse",
          tool_name: "Bash",
          tool_input: { command: "ls" },
          tool_use_id: id,
        }),
      );
      expectQuiet(
        await i.run({
          ...base,
          hook_event_name: "PostToolUse",
          tool_name: "Bash",
          tool_input: { command: "ls" },
          tool_response: { stdout: "ok" },
          tool_use_id: id,
        }),
      );
    }
    expect(i.errorLog()).toEqual([]);
    const cells = openCells(createSessionStore({ root: i.root }), SID);
    expect(cells.list({ status: "done" })).toHaveLength(4);
    expect(cells.findKey("../../x")).not.toBeNull();
    expect(listTree(i.tmp.path).filter((p) => !p.startsWith("home/.claude"))).toEqual(["home", "project"]);
  });

  it("a 50 MB tool_response is recorded whole in its cell; session.json keeps a 1,000-character preview", async () => {
    const i = install();
    const stdout = `${"0123456789abcdef".repeat(50 * 65536)}`;
    const r = await i.run({
      ...base,
      hook_event_name: "PostToolUse",
      tool_name: "Bash",
      tool_input: { command: "cat big" },
      tool_response: { stdout, stderr: "" },
      tool_use_id: "toolu_big",
    });
    expectQuiet(r);
    expect(i.errorLog()).toEqual([]);
    const store = createSessionStore({ root: i.root });
    const cells = openCells(store, SID);
    const cell = cells.get(cells.findKey("toolu_big") as string);
    expect((cell.output.result as { stdout: string }).stdout.length).toBe(stdout.length);
    expect(store.load(SID).context.tool_outputs[0]?.content_preview).toBe(stdout.slice(0, 1000));
  }, 120_000);

  it("invalid UTF-8 on stdin: the event is still recorded (U+FFFD), and the damage is logged", async () => {
    const i = install();
    const json = Buffer.from(
      JSON.stringify({ ...base, hook_event_name: "UserPromptSubmit", prompt: "caf__" }),
    );
    const at = json.indexOf("__");
    json[at] = 0xc3; // a lone lead byte
    json[at + 1] = 0x28;
    expectQuiet(await i.run(json));
    expect(i.errorLog()).toMatchObject([
      { event: "UserPromptSubmit", message: expect.stringMatching(/not valid UTF-8/) },
    ]);
    expect(createSessionStore({ root: i.root }).load(SID).trajectory).toMatchObject({ prompts: 1 });
  });

  it("a session lock held elsewhere: UserPromptSubmit (a 5 s hook) waits 3 s, not 5, then logs the timeout", async () => {
    const i = install();
    const prompt = (text: string) =>
      i.run({ session_id: "s1", hook_event_name: "UserPromptSubmit", prompt: text }, [], {
        RLM_HOOK_HELPER: "0",
      });
    expectQuiet(await prompt("one"));
    const held = acquireLock(join(i.root, "s1", ".session.lock")); // this process: alive, so never stale
    try {
      expectQuiet(await prompt("two"));
    } finally {
      held.release();
    }
    const logged = i.errorLog().at(-1) as { code: string; message: string };
    expect(logged.code).toBe("ERR_RLM_LOCK_TIMEOUT");
    expect(Number(/timed out after (\d+) ms/.exec(logged.message)?.[1])).toBeGreaterThanOrEqual(3000);
    expect(Number(/timed out after (\d+) ms/.exec(logged.message)?.[1])).toBeLessThan(4000);
  });

  it("a corrupt session.json: the event is logged with its code, the file left as it is, the tool not blocked", async () => {
    const i = install();
    expectQuiet(await i.run({ ...base, hook_event_name: "UserPromptSubmit", prompt: "hi" }));
    const file = join(i.root, SID, "session.json");
    const { writeFileSync, readFileSync } = await import("node:fs");
    writeFileSync(file, '{"schema_version":1,"metadata":');
    const r = await i.run({
      ...base,
      hook_event_name: "PreToolUse",
      tool_name: "Bash",
      tool_input: {},
      tool_use_id: "t1",
    });
    expectQuiet(r);
    expect(i.errorLog().at(-1)).toMatchObject({
      event: "PreToolUse",
      session_id: SID,
      code: "ERR_RLM_CORRUPT_FILE",
    });
    expect(readFileSync(file, "utf8")).toBe('{"schema_version":1,"metadata":');
  });

  it("the error log is bounded: rotated to hook-errors.log.1 past 1 MiB", async () => {
    const i = install();
    const { mkdirSync, writeFileSync, statSync } = await import("node:fs");
    mkdirSync(i.root, { recursive: true });
    writeFileSync(join(i.root, "hook-errors.log"), "x".repeat((1 << 20) + 10));
    expectQuiet(await i.run("not json"));
    expect(statSync(join(i.root, "hook-errors.log.1")).size).toBe((1 << 20) + 10);
    expect(i.errorLog()).toHaveLength(1);
    expect(existsSync(join(i.root, "hook-errors.log.2"))).toBe(false);
  });
});

describe("a step that fails while the rest of the event is recorded is logged, never silent", () => {
  it("CLAUDE_ENV_FILE that is a directory, trajectory.json that cannot be written, an unreadable config", async () => {
    const i = install();
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const envDir = join(i.tmp.path, "envdir");
    mkdirSync(envDir);
    expectQuiet(
      await i.run({ ...base, hook_event_name: "SessionStart", source: "startup" }, [], {
        CLAUDE_ENV_FILE: envDir,
      }),
    );
    expect(i.errorLog().at(-1)).toMatchObject({ event: "SessionStart", session_id: SID, code: "EISDIR" });
    expect(String(i.errorLog().at(-1)?.message)).toMatch(/^CLAUDE_ENV_FILE: /);

    mkdirSync(join(i.root, SID, "trajectory.json"));
    expectQuiet(await i.run({ ...base, hook_event_name: "Stop", stop_hook_active: false }));
    expect(i.errorLog().at(-1)).toMatchObject({ event: "Stop", code: "EISDIR" });
    expect(String(i.errorLog().at(-1)?.message)).toMatch(/^trajectory\.json: /);
    expect(createSessionStore({ root: i.root }).load(SID).metadata.ended_at).not.toBeNull(); // the rest was recorded

    writeFileSync(join(i.home, ".claude", "rlm-config.json"), '{"sessions":{"redact_secrets":fal');
    expectQuiet(await i.run({ ...base, hook_event_name: "SessionStart", source: "resume" }));
    expect(i.errorLog().at(-1)).toMatchObject({ event: "SessionStart", code: "ERR_RLM_CORRUPT_FILE" });
  }, 60_000);
});

describe("a sessions root that cannot exist", () => {
  it("under /proc (where Node's own recursive mkdir spins forever): exit 0 at once, the problem on stderr", async () => {
    if (!existsSync("/proc/self")) return; // no procfs: nothing to show
    const i = install();
    const t = Date.now();
    const r = await i.run({ ...base, hook_event_name: "UserPromptSubmit", prompt: "x" }, [], {
      RLM_SESSIONS_DIR: "/proc/rlm-nope",
      RLM_HOOK_HELPER: "0",
    });
    expectQuiet(r);
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(r.stderr).toMatch(/ENOENT/);
  }, 60_000);
});

describe("a Claude Code run started by rlm-repl for a model call", () => {
  it("is not recorded (RLM_REPL_NESTED=1): no session, current untouched, nothing logged", async () => {
    const i = install();
    const r = await i.run(
      { session_id: "nested-1", hook_event_name: "SessionStart", source: "startup", cwd: "/tmp" },
      [],
      { RLM_REPL_NESTED: "1" },
    );
    expectQuiet(r);
    expect(existsSync(i.root)).toBe(false);
  });
});

describe("what the review found", () => {
  it("the error log stays small and holds no secret, whatever the input quotes", async () => {
    const i = install();
    expectQuiet(await i.run({ session_id: "s", hook_event_name: `E${"x".repeat(3 << 20)}` }));
    expectQuiet(
      await i.run({ session_id: `sk-ant-api03-${"k".repeat(60)}/x`, hook_event_name: "SessionStart" }),
    );
    expectQuiet(await i.run(`garbage ghp_${"a1B2c3D4e5".repeat(4)} more garbage`));
    const { statSync } = await import("node:fs");
    expect(statSync(join(i.root, "hook-errors.log")).size).toBeLessThan(20_000);
    const text = readFileSync(join(i.root, "hook-errors.log"), "utf8");
    expect(text).not.toContain("k".repeat(30));
    expect(text).not.toMatch(/ghp_[A-Za-z0-9]{20}/);
    expect(i.errorLog()).toHaveLength(3);
  });

  it("a UTF-8 byte order mark is accepted; a JSON null is named as such", async () => {
    const i = install();
    expectQuiet(
      await i.run(
        `\uFEFF${JSON.stringify({ session_id: "bom", hook_event_name: "UserPromptSubmit", prompt: "x" })}`,
      ),
    );
    expectQuiet(await i.run("null"));
    expect(i.errorLog()).toMatchObject([{ message: "stdin is not a JSON object (null)" }]);
    expect(existsSync(join(i.root, "bom", "session.json"))).toBe(true);
  });

  it("stdout that cannot be written (a full device) still exits 0, the event recorded and the failure logged", async () => {
    const i = install();
    const { spawnSync } = await import("node:child_process");
    const { openSync, closeSync, writeFileSync: wf } = await import("node:fs");
    const base = { session_id: "full", cwd: i.project, transcript_path: "/x/t.jsonl" };
    const file = join(i.project, "r.txt");
    wf(file, "r");
    for (const e of [
      {
        ...base,
        hook_event_name: "PreToolUse",
        tool_name: "Read",
        tool_input: { file_path: file },
        tool_use_id: "t",
      },
      {
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "Read",
        tool_input: { file_path: file },
        tool_response: { file: { content: "r" } },
        tool_use_id: "t",
      },
    ])
      expectQuiet(await i.run(e));
    if (!existsSync("/dev/full")) return; // (Linux only: the other assertions still ran)
    const out = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [HOOK_BIN], {
        input: JSON.stringify({ ...base, hook_event_name: "SessionStart", source: "resume" }),
        stdio: ["pipe", out, "pipe"],
        env: { ...process.env, HOME: i.home, RLM_SESSIONS_DIR: "", RLM_CONFIG: "" },
      });
      expect(r.status).toBe(0);
    } finally {
      closeSync(out);
    }
    expect(i.errorLog().at(-1)).toMatchObject({ event: "SessionStart", code: "ENOSPC" });
  });

  it("--json and --explain together are a usage error (exit 1, never 2)", async () => {
    const i = install();
    const r = await i.run({ session_id: "u", hook_event_name: "Stop" }, ["--json", "--explain"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--json and --explain cannot be used together");
  });
});
