import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { payloadsFromTranscript } from "@rlm/hooks";
import { claudeSamplePath, runNode } from "@rlm/test-utils";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ok, repl, type Sandbox, sandbox } from "./helpers.js";

// A session recorded by the real rlm-hook (the built plugin bundle) from the hook payloads
// Claude Code sent while it wrote a genuine transcript; then every kind of rlm-repl op on it.
const HOOK_BIN = fileURLToPath(new URL("../../hook-cli/dist/plugin/rlm-hook.cjs", import.meta.url));

async function record(sb: Sandbox, name: string) {
  const transcript = claudeSamplePath(name);
  const payloads = payloadsFromTranscript(readFileSync(transcript, "utf8"), { transcriptPath: transcript });
  for (const p of payloads) {
    const r = await runNode(HOOK_BIN, [], { ts: false, env: sb.env, cwd: sb.dir, input: JSON.stringify(p) });
    if (r.code !== 0) throw new Error(`rlm-hook ${p.hook_event_name} exited ${r.code}: ${r.stderr}`);
  }
  return { transcript, payloads, sessionId: payloads[0]?.session_id as string };
}

describe("rlm-repl on a session recorded by rlm-hook from a genuine transcript", () => {
  it("session, cells, cell, conversation, search, peek, stats, replay, promote and refusals", async () => {
    const sb = sandbox();
    const { transcript, payloads, sessionId } = await record(sb, "transcript-main-tool-heavy.v2.1.38.jsonl");
    const at = ["--session", sessionId];
    const session = await ok(sb, "session", undefined, at);
    expect(session).toMatchObject({ session_id: sessionId, transcript_path: transcript });
    const toolUses = payloads.filter((p) => p.hook_event_name === "PreToolUse");
    expect(session.cells.by_type.tool).toBe(toolUses.length);

    // Tool cells as the hooks record them: operation = tool name, args = tool input, tool_use_id kept.
    const tools = await ok(sb, "cells", { type: "tool" }, at);
    const first = await ok(sb, "cell", { cell_id: tools.cells[0].cell_id }, at);
    const pre = toolUses[0] as Record<string, unknown>;
    expect(first.input.operation).toBe(pre.tool_name);
    expect(first.input.args).toMatchObject(pre.tool_input as object);
    expect(JSON.stringify({ extra: first.extra, metadata: first.metadata })).toContain(
      pre.tool_use_id as string,
    );

    // The conversation comes from the transcript the hooks linked.
    const conv = await ok(sb, "conversation", { start: 0, end: 0 }, at);
    expect(conv).toMatchObject({ transcript_path: transcript, total: 18 });
    expect(conv.messages[0].text).toBe("start phoenix in background");
    const calls = await ok(sb, "conversation", { max_chars: 0 }, at);
    const ids = calls.messages.flatMap((m: { tool_calls?: { id: string }[] }) =>
      (m.tool_calls ?? []).map((c) => c.id),
    );
    expect(ids).toEqual(toolUses.map((p) => p.tool_use_id));

    // Tool outputs, as recorded (previews in session.json, whole in the cells).
    const outputs = await ok(sb, "peek", { var: "tool_outputs" }, at);
    expect(outputs.total).toBe(payloads.filter((p) => p.hook_event_name === "PostToolUse").length);
    const found = await ok(sb, "search", { pattern: "phx", var: "all", ignore_case: true }, at);
    expect(found.count).toBeGreaterThan(0);
    expect((await ok(sb, "stats", undefined, at)).conversation.messages).toBe(18);

    // Replay: tool cells are Claude Code's to re-run.
    const forced = await ok(sb, "replay", { cells: [first.cell_id], force: true }, at);
    expect(forced.steps[0]).toMatchObject({ outcome: "needs_executor", needs: "claude_code" });

    // Promotion of a done tool cell; a tool call that failed or was refused cannot be promoted.
    const done = (await ok(sb, "cells", { type: "tool", status: "done" }, at)).cells[0].cell_id;
    const promoted = await ok(sb, "promote_to_memory", { cell_id: done, memory_type: "experience" }, at);
    expect(promoted.status).toBe("promoted");
    const db = new Database(sb.memoryDb, { readonly: true });
    expect(db.prepare("SELECT provenance, tier, type FROM nodes").all()).toEqual([
      { provenance: `cell:${done}`, tier: "task", type: "experience" },
    ]);
    db.close();
    const failed = (await ok(sb, "cells", { type: "tool", status: "error" }, at)).cells;
    for (const c of failed) {
      const r = await repl(sb, "promote_to_memory", { cell_id: c.cell_id }, at);
      expect(r.json.error.code).toBe("ERR_RLM_NOT_PROMOTABLE");
    }
    expect((await ok(sb, "promote_to_memory", { cell_id: done }, at)).status).toBe("already_promoted");
    await ok(sb, "invalidate", { cell_id: done }, at);
    expect((await repl(sb, "promote_to_memory", { cell_id: done }, at)).json.error.code).toBe(
      "ERR_RLM_NOT_PROMOTABLE",
    );
  }, 180_000);

  it("a subagent's sidechain session: its tool cells and its own conversation", async () => {
    const sb = sandbox();
    const { sessionId, payloads } = await record(sb, "transcript-subagent-sidechain.v2.1.39.jsonl");
    const at = ["--session", sessionId];
    const s = await ok(sb, "session", undefined, at);
    expect(s.cells.by_type.tool).toBe(payloads.filter((p) => p.hook_event_name === "PreToolUse").length);
    expect(s.budget.recursive_calls).toBe(1);
    const chain = await ok(sb, "cells", { type: "llm_call" }, at);
    expect(chain.count).toBe(1); // the subagent itself
    expect((await ok(sb, "stats", undefined, at)).cells.count).toBe(s.cells.total);
    const sessions = await ok(sb, "sessions");
    expect(sessions.sessions.map((x: { session_id: string }) => x.session_id)).toContain(sessionId);
    expect(join(sb.root, sessionId)).toBeTruthy();
  }, 180_000);
});
