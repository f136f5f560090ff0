import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openCells } from "@rlm/cells";
import { payloadsFromTranscript } from "@rlm/hooks";
import { createSessionStore } from "@rlm/session-store";
import { claudeSamplePath } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { install } from "./cli.js";

const TRANSCRIPTS = [
  "transcript-main-short.v2.1.38.jsonl",
  "transcript-main-tool-heavy.v2.1.38.jsonl",
  "transcript-subagent-sidechain.v2.1.39.jsonl",
];

/** tool_use ids of a transcript, and which of them the user rejected (no Post event then). */
function toolUses(text: string) {
  const uses: string[] = [];
  const rejected: string[] = [];
  for (const line of text.split("\n").filter(Boolean)) {
    const o = JSON.parse(line);
    const content = Array.isArray(o.message?.content) ? o.message.content : [];
    for (const b of content) {
      if (b.type === "tool_use") uses.push(b.id);
      if (b.type === "tool_result" && o.toolUseResult === "User rejected tool use")
        rejected.push(b.tool_use_id);
    }
  }
  return { uses, rejected };
}

// Each transcript twice: as users run it (the resident helper records all but the first
// events) and with the helper off (every event in its own process, the fail-open path).
const MODES = [
  ["through the resident helper", "1"],
  ["in-process (RLM_HOOK_HELPER=0)", "0"],
] as const;
const CASES = TRANSCRIPTS.flatMap((name) => MODES.map(([mode, flag]) => [name, mode, flag] as const));

describe.each(CASES)(
  "the genuine transcript %s, replayed through the built rlm-hook %s",
  (name, _mode, flag) => {
    it("records one tool cell per tool call, each completed or closed as an orphan, and answers every event quietly", async () => {
      const i = install();
      const path = claudeSamplePath(name);
      const text = readFileSync(path, "utf8");
      const payloads = payloadsFromTranscript(text, { transcriptPath: path });
      let viaHelper = 0;
      for (const p of payloads) {
        const r = await i.run(p, [], { RLM_HOOK_HELPER: flag, RLM_HOOK_TRACE: "1" });
        expect([r.code, r.stdout]).toEqual([0, ""]);
        if (r.stderr === "rlm-hook: recorded by the helper\n") viaHelper++;
        else if (flag === "0") expect(r.stderr).toBe("");
      }
      // the first event starts the helper; it answers within a few events at most
      if (flag === "1") expect(viaHelper).toBeGreaterThanOrEqual(payloads.length - 5);
      else expect(viaHelper).toBe(0);
      expect(i.errorLog()).toEqual([]);

      const sessionId = payloads[0]?.session_id as string;
      const store = createSessionStore({ root: i.root });
      const cells = openCells(store, sessionId);
      const { uses, rejected } = toolUses(text);
      expect(uses.length).toBeGreaterThan(0);
      const tools = cells.list({ type: "tool" });
      expect(tools).toHaveLength(uses.length);
      for (const id of uses) {
        const cellId = cells.findKey(id);
        expect(cellId, id).not.toBeNull();
        const cell = cells.get(cellId as string);
        if (rejected.includes(id)) {
          // the user refused it: Claude Code fires no Post event, Stop closes it as an orphan
          expect(cell.status).toBe("error");
          expect(cell.status_reason).toMatch(/^orphaned/);
        } else expect(cell.status).toBe("done");
      }
      const state = store.load(sessionId);
      const posts = payloads.filter((p) => p.hook_event_name === "PostToolUse");
      expect(state.context.tool_outputs).toHaveLength(posts.length);
      expect(state.trajectory).toMatchObject({ events_count: expect.any(Number) });
      expect(cells.list({ status: "pending" })).toEqual([]);
      const sidechain = payloads.some((p) => p.hook_event_name === "SubagentStart");
      if (sidechain) {
        const agent = cells.get(cells.findKey(`agent:${payloads[0]?.agent_id}`) as string);
        expect(agent).toMatchObject({ type: "llm_call", status: "done" });
        expect(state.budget.total_recursive_calls).toBe(1);
        for (const t of tools)
          expect(cells.get(t.cellId).extra).toMatchObject({ agent_id: payloads[0]?.agent_id });
      } else {
        expect(state.metadata.ended_at).not.toBeNull(); // SessionEnd
        expect(readFileSync(join(store.sessionDir(sessionId), "memory-snapshot.json"), "utf8")).toContain(
          '"count": 0',
        );
      }
    }, 120_000);
  },
);
