import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSession } from "@rlm/repl-bridge/test";
import { CLAUDE_SAMPLES_DIR } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { ok, sandbox } from "./helpers.js";

const TRANSCRIPTS = readdirSync(CLAUDE_SAMPLES_DIR).filter(
  (f) => f.startsWith("transcript-") && f.endsWith(".jsonl"),
);

/** What a reader of the raw file sees: user/assistant lines, API messages merged by id. */
function expected(path: string) {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const entries = lines.map((l) => JSON.parse(l));
  const texts: string[] = [];
  const toolUses: string[] = [];
  const toolResults: string[] = [];
  for (const e of entries) {
    if (e.type !== "user" && e.type !== "assistant") continue;
    const c = e.message.content;
    if (typeof c === "string") texts.push(c);
    else
      for (const b of c) {
        if (b.type === "text") texts.push(b.text);
        if (b.type === "tool_use") toolUses.push(b.id);
        if (b.type === "tool_result") toolResults.push(b.tool_use_id);
      }
  }
  return { texts, toolUses, toolResults, lines: lines.length };
}

describe("conversation on every genuine transcript in claude-code-samples", () => {
  it.each(TRANSCRIPTS)(
    "%s: user and assistant text, tool calls and results; other line types skipped",
    async (name) => {
      const sb = sandbox();
      const path = join(CLAUDE_SAMPLES_DIR, name);
      buildSession(sb.root, { transcript: path });
      const all = await ok(sb, "conversation", { max_chars: 0 });
      const want = expected(path);
      expect(all.transcript_path).toBe(path);
      expect(all.lines).toBe(want.lines);
      expect(all.bad_lines).toBe(0);
      expect(all.count).toBe(all.total);
      expect(all.total).toBeGreaterThan(0);
      const got = all.messages as {
        role: string;
        text: string;
        tool_calls?: { id: string }[];
        tool_results?: { tool_use_id: string }[];
      }[];
      for (const t of want.texts) expect(got.some((m) => m.text.includes(t))).toBe(true);
      expect(got.flatMap((m) => (m.tool_calls ?? []).map((c) => c.id))).toEqual(want.toolUses);
      expect(got.flatMap((m) => (m.tool_results ?? []).map((r) => r.tool_use_id))).toEqual(want.toolResults);
      expect(new Set(got.map((m) => m.role))).toEqual(new Set(["user", "assistant"]));
      expect(Object.keys(all.skipped_types).length).toBeGreaterThan(0);
      expect(all.skipped_types.user).toBeUndefined();
      // Paging: start/end are inclusive, negative counts from the end.
      const page = await ok(sb, "conversation", { start: 1, end: 2, max_chars: 0 });
      expect(page.messages).toEqual(got.slice(1, 3));
      expect(page.range).toEqual([1, 3]);
    },
  );

  it("a torn last line and unknown line types are skipped, not fatal", async () => {
    const sb = sandbox();
    const path = join(sb.dir, "damaged.jsonl");
    const good = readFileSync(join(CLAUDE_SAMPLES_DIR, TRANSCRIPTS[0] as string), "utf8");
    writeFileSync(
      path,
      `${good}{"type":"some-future-type","x":1}\nnot json at all\n{"type":"user","message":{"role":"user","content":"cut off`,
    );
    buildSession(sb.root, { transcript: path });
    const r = await ok(sb, "conversation");
    expect(r.bad_lines).toBe(2);
    expect(r.skipped_types["some-future-type"]).toBe(1);
    expect(r.total).toBeGreaterThan(0);
  });
});
