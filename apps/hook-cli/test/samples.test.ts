import { existsSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { openCells } from "@rlm/cells";
import { createSessionStore } from "@rlm/session-store";
import { claudeHookSamples } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { expectQuiet, install } from "./cli.js";

const samples = claudeHookSamples();
const sample = (name: string) => samples[name] as Record<string, unknown> & { session_id: string };

describe("every genuine Claude Code hook payload through the built rlm-hook", () => {
  it.each(Object.keys(samples))("%s: exit 0, nothing on stdout", async (name) => {
    const i = install();
    const r = await i.run(sample(name));
    expectQuiet(r);
    const handled = !/PermissionRequest|Notification/.test(name);
    const log = i.errorLog();
    if (handled) expect(log).toEqual([]);
    else
      expect(log).toMatchObject([
        { code: "ERR_RLM_USAGE", message: expect.stringMatching(/^ignored: event \w+ is not handled/) },
      ]);
  });

  it("SessionStart (Windows): session, current link, default config; no link to a path of another machine", async () => {
    const i = install();
    const s = sample("hook-SessionStart-startup.windows.json");
    expectQuiet(await i.run(s));
    const store = createSessionStore({ root: i.root });
    expect(store.getCurrent()).toBe(s.session_id);
    const state = store.load(s.session_id);
    expect(state.metadata).toMatchObject({ cwd: s.cwd, ended_at: null, claude_transcript_path: null });
    expect(existsSync(join(store.sessionDir(s.session_id), "transcript.jsonl"))).toBe(false);
    expect(JSON.parse(readFileSync(join(i.home, ".claude", "rlm-config.json"), "utf8"))).toMatchObject({
      sessions: { redact_secrets: true },
    });
  });

  it("UserPromptSubmit: counts the prompt, takes the session title, injects nothing", async () => {
    const i = install();
    const s = sample("hook-UserPromptSubmit.windows.json");
    expectQuiet(await i.run(s));
    const state = createSessionStore({ root: i.root }).load(s.session_id);
    expect(state.trajectory).toMatchObject({ prompts: 1, events_count: 1 });
    expect(state.metadata.description).toBe(s.session_title);
  });

  it("PreToolUse then PostToolUse (macOS Bash): one cell, pending then done with the response; window; transcript link", async () => {
    const i = install();
    const pre = sample("hook-PreToolUse-Bash.macos.json");
    const post = sample("hook-PostToolUse-Bash.macos.json");
    // the two genuine samples are different calls of one session: replay them as one call
    const call = {
      ...post,
      session_id: pre.session_id,
      tool_use_id: pre.tool_use_id,
      tool_input: pre.tool_input,
    };
    expectQuiet(await i.run(pre));
    const store = createSessionStore({ root: i.root });
    const cells = openCells(store, pre.session_id);
    const id = cells.findKey(pre.tool_use_id as string) as string;
    expect(cells.get(id)).toMatchObject({
      status: "pending",
      input: { operation: "Bash", args: pre.tool_input },
    });
    expect(readlinkSync(join(store.sessionDir(pre.session_id), "transcript.jsonl"))).toBe(
      pre.transcript_path,
    );
    expectQuiet(await i.run(call));
    expect(openCells(store, pre.session_id).get(id)).toMatchObject({
      status: "done",
      output: { result: post.tool_response },
    });
    expect(store.load(pre.session_id).context.tool_outputs).toMatchObject([
      { tool_name: "Bash", exit_code: 0, cell_id: id },
    ]);
  });

  it("PreCompact (auto, custom_instructions null): a snapshot in snapshots/", async () => {
    const i = install();
    const s = sample("hook-PreCompact-auto.windows.json");
    expectQuiet(await i.run(s));
    const store = createSessionStore({ root: i.root });
    const wm = store.load(s.session_id).context.working_memory.last_compaction as {
      snapshot: string;
      trigger: string;
    };
    expect(wm.trigger).toBe("auto");
    expect(JSON.parse(readFileSync(join(store.sessionDir(s.session_id), wm.snapshot), "utf8"))).toMatchObject(
      { trigger: "auto", custom_instructions: null },
    );
  });

  it("Stop: trajectory.json with the last message, ended_at set, journal folded", async () => {
    const i = install();
    const s = sample("hook-Stop.windows.json");
    expectQuiet(await i.run(s));
    const store = createSessionStore({ root: i.root });
    expect(store.load(s.session_id).metadata.ended_at).not.toBeNull();
    const t = JSON.parse(readFileSync(join(store.sessionDir(s.session_id), "trajectory.json"), "utf8"));
    expect(t).toMatchObject({
      turns: 1,
      last_assistant_message: (s.last_assistant_message as string).slice(0, 1000),
    });
  });

  it('SubagentStop (agent_type ""): an llm_call cell with the final message, one recursive call', async () => {
    const i = install();
    const s = sample("hook-SubagentStop.windows.json");
    expectQuiet(await i.run(s));
    const store = createSessionStore({ root: i.root });
    const cells = openCells(store, s.session_id);
    const cell = cells.get(cells.findKey(`agent:${s.agent_id}`) as string);
    expect(cell).toMatchObject({
      type: "llm_call",
      status: "done",
      output: { cached_response: s.last_assistant_message ?? null },
    });
    expect(store.load(s.session_id).budget.total_recursive_calls).toBe(1);
  });
});
