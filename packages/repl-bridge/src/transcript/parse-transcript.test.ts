import { readFileSync } from "node:fs";
import { claudeSamplePath } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "./parse-transcript.js";

describe("parseTranscript", () => {
  it("merges the lines of one API message and keeps tool calls and results in order", () => {
    const t = parseTranscript(readFileSync(claudeSamplePath("transcript-main-short.v2.1.38.jsonl"), "utf8"));
    expect(t.bad_lines).toBe(0);
    expect(t.messages[0]).toMatchObject({ role: "user", text: "mix phx.server doesnt seem to start" });
    const assistant = t.messages[1];
    expect(assistant?.role).toBe("assistant");
    expect(assistant?.message_id).toMatch(/^msg_/);
    expect(assistant?.tool_calls?.length).toBe(2); // four lines of one message, thinking left out
    expect(t.messages[2]?.tool_results?.[0]?.tool_use_id).toBe(assistant?.tool_calls?.[0]?.id);
    expect(t.skipped_types).toMatchObject({
      progress: expect.any(Number),
      system: 2,
      "file-history-snapshot": 1,
    });
  });

  it("skips garbage, non-objects and unknown types; flags meta and sidechain lines", () => {
    const t = parseTranscript(
      [
        "not json",
        "[1,2]",
        '{"type":"tag","tag":"x"}',
        '{"type":"user","isMeta":true,"isSidechain":true,"uuid":"u1","message":{"role":"user","content":[{"type":"text","text":"hi"},{"type":"image","source":{}}]}}',
        '{"type":"assistant","message":{"role":"assistant","content":"plain"}}',
        '{"type":"user","message":{"content":[{"type":"tool_result","tool_use_id":"t1","is_error":true,"content":[{"type":"text","text":"boom"}]}]}}',
        '{"type":"user","message":{"content":"cut',
      ].join("\n"),
    );
    expect(t.bad_lines).toBe(3);
    expect(t.skipped_types).toEqual({ tag: 1 });
    expect(t.messages).toEqual([
      {
        index: 0,
        role: "user",
        uuid: "u1",
        timestamp: null,
        text: "hi\n\n[image]",
        meta: true,
        sidechain: true,
      },
      { index: 1, role: "assistant", uuid: null, timestamp: null, text: "plain" },
      {
        index: 2,
        role: "user",
        uuid: null,
        timestamp: null,
        text: "",
        tool_results: [{ tool_use_id: "t1", is_error: true, content: "boom" }],
      },
    ]);
  });
});
