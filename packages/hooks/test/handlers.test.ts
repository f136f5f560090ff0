import { existsSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createHookContext, handleHookEvent } from "../src/index.js";
import { harness, SID } from "./helpers.js";

const pair = (h: ReturnType<typeof harness>, id: string, tool: string, input: object, response: object) => {
  h.send("PreToolUse", { tool_name: tool, tool_input: input, tool_use_id: id });
  return h.send("PostToolUse", {
    tool_name: tool,
    tool_input: input,
    tool_response: response,
    tool_use_id: id,
  });
};

describe("SessionStart", () => {
  it("creates the session, current link, transcript link, config, env file; twice is harmless", () => {
    const h = harness();
    const envFile = h.tmp.join("env.sh");
    writeFileSync(envFile, "");
    const first = h.send("SessionStart", { source: "startup", model: "claude-opus-4-5" }, SID);
    expect(first.output).toBeNull();
    const env = harness({ CLAUDE_ENV_FILE: envFile });
    const r = env.send("SessionStart", { source: "startup" });
    expect(r.effects.map((e) => e.kind)).toContain("env_file");
    expect(readFileSync(envFile, "utf8")).toBe(
      `export RLM_SESSION_ID='${SID}'\nexport RLM_SESSION_DIR='${env.store().sessionDir(SID)}'\n`,
    );
    // a resume of the same session adds nothing; another session in the same file comes last
    env.send("SessionStart", { source: "resume" });
    expect(readFileSync(envFile, "utf8")).toBe(
      `export RLM_SESSION_ID='${SID}'\nexport RLM_SESSION_DIR='${env.store().sessionDir(SID)}'\n`,
    );
    const other = "0f0e0d0c-0b0a-4009-8807-060504030201";
    env.send("SessionStart", { source: "startup" }, other);
    env.send("SessionStart", { source: "resume" }, SID);
    expect(readFileSync(envFile, "utf8").trim().split("\n").slice(-2)).toEqual([
      `export RLM_SESSION_ID='${SID}'`,
      `export RLM_SESSION_DIR='${env.store().sessionDir(SID)}'`,
    ]);
    const again = h.send("SessionStart", { source: "resume" });
    expect(again.effects[0]).toMatchObject({ kind: "session_resumed" });
    expect(h.store().getCurrent()).toBe(SID);
    expect(readlinkSync(join(h.store().sessionDir(SID), "transcript.jsonl"))).toBe(
      h.tmp.join("transcript.jsonl"),
    );
    expect(existsSync(join(h.home, ".claude", "rlm-config.json"))).toBe(true);
    const s = h.store().load(SID);
    expect(s.metadata.cwd).toBe(h.project);
    expect(s.trajectory).toMatchObject({ starts: 2 });
  });

  it("the description follows the latest session_title (renamed sessions), redacted", () => {
    const h = harness();
    h.send("SessionStart", { source: "startup", session_title: "First idea" });
    expect(h.store().load(SID).metadata.description).toBe("First idea");
    h.send("UserPromptSubmit", { prompt: "go", session_title: "Fix the build" });
    expect(h.store().load(SID).metadata.description).toBe("Fix the build");
    h.send("UserPromptSubmit", { prompt: "go on" }); // no title: kept
    expect(h.store().load(SID).metadata.description).toBe("Fix the build");
    h.send("UserPromptSubmit", {
      prompt: "x",
      session_title: "key ghp_0123456789abcdefghijABCDEFGHIJ0123456789",
    });
    const d = h.store().load(SID).metadata.description as string;
    expect(d).not.toContain("ghp_0123456789");
    expect(d).toMatch(/^key /);
  });

  it("a /clear links the new session to the one it ended, whichever hook runs first; never to another terminal's session", () => {
    const h = harness();
    const [a, a2, b, c, c2] = [
      "0a0a0a0a-0000-4000-8000-00000000000a",
      "0a0a0a0a-0000-4000-8000-0000000000a2",
      "0b0b0b0b-0000-4000-8000-00000000000b",
      "0c0c0c0c-0000-4000-8000-00000000000c",
      "0c0c0c0c-0000-4000-8000-0000000000c2",
    ];
    // SessionEnd first, then SessionStart (the usual order)
    h.send("SessionStart", { source: "startup" }, a);
    h.send("SessionEnd", { reason: "clear" }, a);
    const r = h.send("SessionStart", { source: "clear" }, a2);
    expect(r.effects).toContainEqual({ kind: "parent_linked", parent: a, child: a2, source: "clear" });
    expect(h.store().load(a2).metadata).toMatchObject({ parent_session_id: a, tags: ["claude-code:clear"] });
    expect(h.store().lineage(a2)).toEqual([a]);
    // SessionStart first, then SessionEnd (the two hooks race)
    h.send("SessionStart", { source: "startup" }, c);
    h.send("SessionStart", { source: "clear" }, c2);
    expect(h.store().load(c2).metadata.parent_session_id).toBeNull();
    const e = h.send("SessionEnd", { reason: "clear" }, c);
    expect(e.effects).toContainEqual({ kind: "parent_linked", parent: c, child: c2, source: "clear" });
    expect(h.store().load(c2).metadata.parent_session_id).toBe(c);
    // another terminal: b started last and did not end; a /clear elsewhere links nothing to it
    const [old, t1, t2] = [
      "0d0d0d0d-0000-4000-8000-00000000000d",
      "0e0e0e0e-0000-4000-8000-00000000000e",
      "0f0f0f0f-0000-4000-8000-00000000000f",
    ];
    h.send("SessionStart", { source: "startup" }, old);
    h.send("SessionStart", { source: "startup" }, b);
    h.send("UserPromptSubmit", { prompt: "hi" }, old);
    h.send("SessionStart", { source: "clear" }, t1);
    expect(h.store().load(t1).metadata.parent_session_id).toBeNull();
    // an end by /clear in another project pairs with nothing here
    h.send("SessionEnd", { reason: "clear", cwd: h.tmp.join("elsewhere") }, t1);
    h.send("SessionStart", { source: "clear", cwd: h.tmp.join("elsewhere") }, t2);
    expect(h.store().load(t2).metadata.parent_session_id).toBeNull();
    // a fork is tagged; Claude Code does not name its parent, so none is recorded
    const f = "0a0b0c0d-0000-4000-8000-0000000000ff";
    h.send("SessionStart", { source: "fork" }, f);
    expect(h.store().load(f).metadata).toMatchObject({ parent_session_id: null, tags: ["claude-code:fork"] });
    // SessionStart can fire twice: the second one changes nothing
    h.send("SessionStart", { source: "clear" }, a2);
    expect(h.store().load(a2).metadata.parent_session_id).toBe(a);
  });

  it("a /clear whose ended session is older than a minute is not linked", () => {
    let now = 1_800_000_000;
    const h = harness({}, () => now);
    const a = "0a0a0a0a-0000-4000-8000-00000000000a";
    const a2 = "0a0a0a0a-0000-4000-8000-0000000000a2";
    h.send("SessionStart", { source: "startup" }, a);
    h.send("SessionEnd", { reason: "clear" }, a);
    now += 61;
    h.send("SessionStart", { source: "clear" }, a2);
    expect(h.store().load(a2).metadata.parent_session_id).toBeNull();
  });

  it("never overwrites an existing config", () => {
    const h = harness();
    const cfg = join(h.home, ".claude", "rlm-config.json");
    h.send("SessionStart", { source: "startup" });
    writeFileSync(cfg, '{"mine":true}');
    h.send("SessionStart", { source: "resume" });
    expect(readFileSync(cfg, "utf8")).toBe('{"mine":true}');
  });

  it("closes the cells an earlier run left pending, and asks to watch the files the session read", () => {
    const h = harness();
    const file = join(h.project, "a.ts");
    writeFileSync(file, "x");
    h.send("SessionStart", { source: "startup" });
    pair(h, "toolu_read", "Read", { file_path: file }, { type: "text", file: { content: "x" } });
    h.send("PreToolUse", {
      tool_name: "Bash",
      tool_input: { command: "sleep 100" },
      tool_use_id: "toolu_lost",
    });
    // the session starts again a while later (the pending cell is past the orphan grace)
    const later = Date.now() / 1000 + 10;
    const r = handleHookEvent(
      createHookContext({ root: h.root, env: { HOME: h.home }, clock: () => later }),
      {
        session_id: SID,
        hook_event_name: "SessionStart",
        source: "resume",
        cwd: h.project,
      },
    );
    {
      const lost = h.cells().findKey("toolu_lost") as string;
      expect(r.effects).toContainEqual({ kind: "orphans_closed", cellIds: [lost] });
      expect(h.cells().get(lost)).toMatchObject({ status: "error" });
      expect(h.cells().get(lost).status_reason).toMatch(
        /^orphaned: no outcome \(PostToolUse, SubagentStop\) arrived/,
      );
      expect(r.output).toEqual({ hookSpecificOutput: { hookEventName: "SessionStart", watchPaths: [file] } });
    }
  });
});

describe("tool calls", () => {
  it("PreToolUse opens a pending cell keyed by tool_use_id; PostToolUse completes it with the whole response", () => {
    const h = harness();
    h.send("SessionStart", { source: "startup" });
    const big = "line\n".repeat(100_000);
    const pre = h.send("PreToolUse", {
      tool_name: "Bash",
      tool_input: { command: "yes line" },
      tool_use_id: "toolu_1",
    });
    const id = h.cells().findKey("toolu_1") as string;
    expect(pre.effects[0]).toEqual({ kind: "cell_opened", cellId: id, key: "toolu_1" });
    expect(h.cells().get(id)).toMatchObject({
      status: "pending",
      type: "tool",
      input: { operation: "Bash" },
    });
    expect(h.store().load(SID).context.working_memory.last_tool).toMatchObject({
      name: "Bash",
      tool_use_id: "toolu_1",
      cell_id: id,
    });
    h.send("PostToolUse", {
      tool_name: "Bash",
      tool_input: { command: "yes line" },
      tool_response: { stdout: big, stderr: "", interrupted: false },
      tool_use_id: "toolu_1",
      duration_ms: 12,
    });
    const cell = h.cells().get(id);
    expect(cell).toMatchObject({ status: "done", output: { execution_time_ms: 12 } });
    expect((cell.output.result as { stdout: string }).stdout).toBe(big);
    const window = h.store().load(SID).context.tool_outputs;
    expect(window).toHaveLength(1);
    expect(window[0]).toMatchObject({ tool_name: "Bash", exit_code: 0, cell_id: id });
    expect(window[0]?.content_preview.length).toBe(1000);
  });

  it("a PostToolUse without its PreToolUse creates the cell completed; a failure is an error cell with the exit code", () => {
    const h = harness();
    h.send("PostToolUse", {
      tool_name: "Glob",
      tool_input: { pattern: "*.md" },
      tool_response: { filenames: [] },
      tool_use_id: "toolu_2",
    });
    expect(h.cells().get(h.cells().findKey("toolu_2") as string).status).toBe("done");
    h.send("PreToolUse", { tool_name: "Bash", tool_input: { command: "false" }, tool_use_id: "toolu_3" });
    h.send("PostToolUseFailure", {
      tool_name: "Bash",
      tool_input: { command: "false" },
      tool_use_id: "toolu_3",
      error: "Exit code 1\n",
    });
    const failed = h.cells().get(h.cells().findKey("toolu_3") as string);
    expect(failed).toMatchObject({ status: "error", output: { error: "Exit code 1\n" } });
    expect(h.store().load(SID).context.tool_outputs.at(-1)).toMatchObject({ exit_code: 1 });
    expect(h.store().load(SID).trajectory).toMatchObject({
      tool_calls: 2,
      tool_failures: 1,
      by_tool: { Glob: 1, Bash: 1 },
    });
  });

  it("lineage: a Read depends on the file's last writer; an Edit invalidates the cells that read the old content", () => {
    const h = harness();
    const file = join(h.project, "src.ts");
    writeFileSync(file, "v1");
    pair(h, "toolu_r1", "Read", { file_path: file }, { type: "text", file: { content: "v1" } });
    h.send("PreToolUse", {
      tool_name: "Edit",
      tool_input: { file_path: file, old_string: "v1", new_string: "v2" },
      tool_use_id: "toolu_e1",
    });
    writeFileSync(file, "v2");
    h.send("PostToolUse", {
      tool_name: "Edit",
      tool_input: { file_path: file, old_string: "v1", new_string: "v2" },
      tool_response: { filePath: file },
      tool_use_id: "toolu_e1",
    });
    pair(h, "toolu_r2", "Read", { file_path: file }, { type: "text", file: { content: "v2" } });
    const c = h.cells();
    const [r1, e1, r2] = ["toolu_r1", "toolu_e1", "toolu_r2"].map((k) => c.findKey(k) as string);
    expect(c.get(r1 as string)).toMatchObject({ status: "stale", status_reason: `file changed: ${file}` });
    expect(c.get(e1 as string).status).toBe("done");
    expect(c.get(r2 as string)).toMatchObject({ status: "done", dependencies: [e1] });
    expect(c.lastWriter(file)).toBe(e1);
    const files = h.store().load(SID).context.files[file];
    expect(files?.hash).toMatch(/^sha256:/);
    const log = readFileSync(join(h.store().sessionDir(SID), "file-access.jsonl"), "utf8")
      .trim()
      .split("\n");
    expect(log.map((l) => JSON.parse(l).tool)).toEqual(["Read", "Edit", "Read"]);
  });

  it("FileChanged invalidates the readers of a file edited outside Claude Code; never creates a session", () => {
    const h = harness();
    const file = join(h.project, "cfg.json");
    writeFileSync(file, "{}");
    pair(h, "toolu_r", "Read", { file_path: file }, { type: "text", file: { content: "{}" } });
    writeFileSync(file, '{"a":1}');
    h.send("FileChanged", { file_path: file, event: "change" });
    expect(h.cells().get(h.cells().findKey("toolu_r") as string).status).toBe("stale");
    const other = h.send("FileChanged", { file_path: file, event: "change" }, "never-started");
    expect(other.effects[0]).toMatchObject({ kind: "ignored" });
    expect(h.store().exists("never-started")).toBe(false);
  });
});

describe("subagents, compaction, stop, end", () => {
  it("a subagent is one llm_call cell and one recursive call, however its events arrive", () => {
    const h = harness();
    h.send("SubagentStart", { agent_id: "a1", agent_type: "Explore" });
    h.send("SubagentStop", {
      agent_id: "a1",
      agent_type: "Explore",
      agent_transcript_path: "/x/agent-a1.jsonl",
      last_assistant_message: "found 3",
    });
    h.send("SubagentStop", { agent_id: "a2", agent_type: "", last_assistant_message: "done" });
    const c = h.cells();
    expect(c.get(c.findKey("agent:a1") as string)).toMatchObject({
      type: "llm_call",
      status: "done",
      output: { cached_response: "found 3" },
    });
    expect(c.get(c.findKey("agent:a2") as string).status).toBe("done");
    expect(h.store().load(SID).budget.total_recursive_calls).toBe(2);
  });

  it("PreCompact snapshots the session; Stop folds the journal, writes the trajectory, sets ended_at; a prompt reopens", () => {
    const h = harness();
    h.send("UserPromptSubmit", { prompt: "hello", session_title: "Fix the build" });
    h.send("PreCompact", { trigger: "auto", custom_instructions: null });
    const dir = h.store().sessionDir(SID);
    const snap = h.store().load(SID).context.working_memory.last_compaction as { snapshot: string };
    const doc = JSON.parse(readFileSync(join(dir, snap.snapshot), "utf8"));
    expect(doc).toMatchObject({ trigger: "auto", session: { metadata: { session_id: SID } } });
    h.send("Stop", { stop_hook_active: false, last_assistant_message: "All done." });
    const s = h.store().load(SID);
    expect(s.metadata.ended_at).not.toBeNull();
    expect(s.metadata.description).toBe("Fix the build");
    expect(JSON.parse(readFileSync(join(dir, "trajectory.json"), "utf8"))).toMatchObject({
      turns: 1,
      prompts: 1,
      compactions: 1,
      last_assistant_message: "All done.",
    });
    h.send("UserPromptSubmit", { prompt: "more" });
    expect(h.store().load(SID).metadata.ended_at).toBeNull();
    // SessionEnd carries no message: the last one a Stop recorded stays
    h.send("SessionEnd", { reason: "prompt_input_exit" });
    expect(JSON.parse(readFileSync(join(dir, "trajectory.json"), "utf8")).last_assistant_message).toBe(
      "All done.",
    );
  });

  it("SessionEnd writes memory-snapshot.json from the promoted cells, and archives old ended sessions when configured", () => {
    const h = harness();
    const cfg = join(h.home, ".claude", "rlm-config.json");
    h.send("SessionStart", { source: "startup" });
    writeFileSync(cfg, JSON.stringify({ sessions: { archive_after_days: 0 } }));
    h.send("SessionStart", { source: "startup" }, "old-session");
    h.send("SessionEnd", { reason: "logout" }, "old-session");
    h.send("SessionStart", { source: "startup" }, "between-turns");
    h.send("Stop", {}, "between-turns"); // ended_at set by a Stop: a live session, never archived
    const c = h.cells();
    const fact = c.create({
      type: "repl",
      input: { operation: "summarize" },
      output: { result: "the build uses turbo" },
    });
    c.updateMetadata(fact.cell_id, {
      promoted_to_db: true,
      memory_node_id: "11111111-2222-4333-8444-555555555555",
      memory_type: "fact",
    });
    h.store().setCurrent(SID);
    const r = h.send("SessionEnd", { reason: "prompt_input_exit" });
    const snap = JSON.parse(readFileSync(join(h.store().sessionDir(SID), "memory-snapshot.json"), "utf8"));
    expect(snap).toMatchObject({
      session_id: SID,
      count: 1,
      nodes: [
        {
          cell_id: fact.cell_id,
          node_id: "11111111-2222-4333-8444-555555555555",
          content: "the build uses turbo",
          tier: "task",
          provenance: `cell:${fact.cell_id}`,
        },
      ],
    });
    expect(r.effects).toContainEqual({ kind: "archived", sessionIds: ["old-session"] });
    expect(h.store().exists("old-session")).toBe(false);
    expect(
      h
        .store()
        .listArchived()
        .map((a) => a.sessionId),
    ).toEqual(["old-session"]);
    expect(h.store().load(SID).metadata.ended_at).not.toBeNull();
    expect(h.send("SessionEnd", {}, "no-such").effects[0]).toMatchObject({ kind: "ignored" });
  });
});

describe("search results", () => {
  it("a Grep or Glob depends on the cells that last wrote the files it matched, and goes stale when they change", () => {
    const h = harness();
    const file = join(h.project, "m.ts");
    writeFileSync(file, "a");
    h.send("PreToolUse", {
      tool_name: "Write",
      tool_input: { file_path: file, content: "b" },
      tool_use_id: "toolu_w",
    });
    writeFileSync(file, "b");
    h.send("PostToolUse", {
      tool_name: "Write",
      tool_input: { file_path: file, content: "b" },
      tool_response: { type: "create", filePath: file },
      tool_use_id: "toolu_w",
    });
    pair(
      h,
      "toolu_g",
      "Grep",
      { pattern: "b", path: h.project },
      { mode: "files_with_matches", filenames: [file], numFiles: 1 },
    );
    const c = h.cells();
    const w = c.findKey("toolu_w") as string;
    const g = c.findKey("toolu_g") as string;
    expect(c.get(g)).toMatchObject({ status: "done", dependencies: [w] });
    expect(Object.keys(c.get(g).input.context_snapshot.files)).toEqual([file]);
    writeFileSync(file, "c");
    h.send("FileChanged", { file_path: file, event: "change" });
    expect(h.cells().get(g).status).toBe("stale");
  });
});

describe("resilience", () => {
  it("a SessionStart step that fails (a regular file where the transcript link goes) is a warning; the others still run", () => {
    const h = harness();
    const env = h.tmp.join("env.sh");
    writeFileSync(env, "");
    h.send("SessionStart", { source: "startup" });
    rmSync(join(h.store().sessionDir(SID), "transcript.jsonl"));
    writeFileSync(join(h.store().sessionDir(SID), "transcript.jsonl"), "not a link");
    const r = handleHookEvent(
      createHookContext({ root: h.root, env: { HOME: h.home, CLAUDE_ENV_FILE: env } }),
      {
        session_id: SID,
        hook_event_name: "SessionStart",
        source: "resume",
        cwd: h.project,
        transcript_path: h.tmp.join("other.jsonl"),
      },
    );
    expect(r.effects).toContainEqual(
      expect.objectContaining({ kind: "warning", step: "transcript link", code: "ERR_RLM_CORRUPT_FILE" }),
    );
    expect(r.effects.map((e) => e.kind)).toEqual(expect.arrayContaining(["current_linked", "env_file"]));
    expect(readFileSync(join(h.store().sessionDir(SID), "transcript.jsonl"), "utf8")).toBe("not a link");
  });

  it("a tool input that is not an object is kept whole in the cell", () => {
    const h = harness();
    h.send("PreToolUse", { tool_name: "mcp__x__y", tool_input: ["a", { b: 1 }], tool_use_id: "toolu_arr" });
    const c = h.cells();
    expect(c.get(c.findKey("toolu_arr") as string).input.args).toEqual(["a", { b: 1 }]);
  });
});

describe("the same event twice", () => {
  it("a duplicated PostToolUse (plugin hook + identical settings hook) is recorded once", () => {
    const h = harness();
    const post = {
      tool_name: "Bash",
      tool_input: { command: "ls" },
      tool_response: { stdout: "a\n" },
      tool_use_id: "toolu_dup",
      duration_ms: 7,
    };
    h.send("PreToolUse", { tool_name: "Bash", tool_input: { command: "ls" }, tool_use_id: "toolu_dup" });
    h.send("PostToolUse", post);
    const again = h.send("PostToolUse", post);
    expect(again.effects[0]).toMatchObject({ kind: "cell_existed" });
    const s = h.store().load(SID);
    expect(s.trajectory).toMatchObject({ tool_calls: 1, by_tool: { Bash: 1 } });
    expect(s.context.tool_outputs).toHaveLength(1);
    expect(h.cells().get(h.cells().findKey("toolu_dup") as string).output.execution_time_ms).toBe(7);
  });
});
