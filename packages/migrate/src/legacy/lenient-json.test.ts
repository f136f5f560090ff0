import { describe, expect, it } from "vitest";
import { parseLenientJson, repairJson } from "./lenient-json.js";
import { salvageFlatJson } from "./salvage-flat-json.js";

describe("parseLenientJson", () => {
  it("reads valid JSON as is, with no repairs", () => {
    expect(parseLenientJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] }, repairs: [] });
  });

  it("reads Python NaN / Infinity as null, outside strings only", () => {
    const r = parseLenientJson('{"a": NaN, "b": -Infinity, "c": "NaN stays"}');
    expect(r).toMatchObject({ ok: true, value: { a: null, b: null, c: "NaN stays" } });
  });

  it("keeps the complete records of a truncated document and never half a record", () => {
    const text =
      '{"messages": [{"role": "user"}], "tool_outputs": [{"tool_name": "A", "content": "x"}, {"tool_name": "B", "content": "cut';
    const r = parseLenientJson(text);
    expect(r.ok && r.value).toEqual({
      messages: [{ role: "user" }],
      tool_outputs: [{ tool_name: "A", content: "x" }],
    });
    expect(r.ok && r.repairs[0]).toMatch(/^truncated JSON/);
  });

  it("keeps complete entries of a truncated map and drops a cut literal", () => {
    expect(repairJson('{"files": {"/a": "1", "/b": "2"}, "n": 12')?.text).toBe(
      '{"files": {"/a": "1", "/b": "2"}}',
    );
  });

  it("drops trailing data after a complete document", () => {
    const r = parseLenientJson('{"a": 1}\n{"a": 2}');
    expect(r).toMatchObject({ ok: true, value: { a: 1 } });
  });

  it("reports invalid (not truncated) JSON and empty files as unreadable", () => {
    expect(parseLenientJson('{"messages": [}, "files": {}}')).toMatchObject({ ok: false });
    expect(parseLenientJson("  \n")).toEqual({ ok: false, reason: "empty file" });
    expect(parseLenientJson("this is not json {")).toMatchObject({ ok: false });
  });
});

describe("salvageFlatJson", () => {
  it("reads session-metadata.json whose values hold unescaped quotes, line by line", () => {
    const text =
      '{\n  "session_id": "abc",\n  "cwd": "/home/u/the "quoted" dir",\n  "started_at": "2024-01-01T00:00:00Z"\n}\n';
    expect(salvageFlatJson(text)).toEqual({
      value: { session_id: "abc", cwd: '/home/u/the "quoted" dir', started_at: "2024-01-01T00:00:00Z" },
      unreadLines: 0,
    });
  });

  it("counts lines it cannot read and gives up when none is a pair", () => {
    expect(salvageFlatJson('{\n  "a": "x",\n  garbage\n}')).toEqual({ value: { a: "x" }, unreadLines: 1 });
    expect(salvageFlatJson("nothing here")).toBeNull();
  });
});
