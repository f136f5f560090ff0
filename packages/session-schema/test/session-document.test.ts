import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  isRlmError,
  parseCell,
  parseHookInput,
  parseSession,
  safeParseSession,
  ValidationError,
} from "../src/index.js";

const fixture = (p: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "__fixtures__", "documents", p), "utf8"));

describe("parseSession", () => {
  it("fills defaults for a minimal v1 document", () => {
    const s = parseSession(fixture("session/valid/minimal.json"));
    expect(s.metadata.ended_at).toBeNull();
    expect(s.activation.max_depth).toBe(2);
    expect(s.context.tool_outputs).toEqual([]);
    expect(s.cells.index_path).toBe("cells/index.json");
  });

  it("keeps unknown keys (nothing is silently dropped)", () => {
    const s = parseSession(fixture("session/valid/full.json")) as Record<string, unknown>;
    expect(s.x_future_field).toEqual({ kept: true });
  });

  it("upgrades a document without schema_version (the Python reference's shape)", () => {
    const v0 = {
      metadata: {
        session_id: "py-1",
        created_at: "2026-01-02T03:04:05+00:00",
        updated_at: "2026-01-02T03:04:06Z",
      },
      activation: { rlm_active: true },
      context: {
        files: {
          "/a": { hash: null, size_bytes: 1, first_access: "2026-01-02T03:04:05Z", last_access: 1767323046 },
        },
        tool_outputs: Array.from({ length: 120 }, (_, i) => ({
          tool_name: "Bash",
          content_preview: "y".repeat(2000),
          exit_code: 0,
          timestamp: i,
        })),
        working_memory: { k: 1 },
      },
      conversation: [{ role: "user", content: "kept" }],
    };
    const s = parseSession(v0) as Record<string, unknown> & ReturnType<typeof parseSession>;
    expect(s.schema_version).toBe(1);
    expect(s.metadata.created_at).toBe(Date.parse("2026-01-02T03:04:05Z") / 1000);
    expect(s.context.files["/a"]!.first_access).toBe(Date.parse("2026-01-02T03:04:05Z") / 1000);
    expect(s.context.tool_outputs).toHaveLength(100);
    expect(s.context.tool_outputs[0]!.timestamp).toBe(20);
    expect(s.context.tool_outputs[0]!.content_preview).toHaveLength(1000);
    expect(s.conversation).toEqual([{ role: "user", content: "kept" }]);
  });

  it("lifts top-level session_id/created_at of a flat v0 document into metadata", () => {
    const s = parseSession({ session_id: "flat", created_at: 10, updated_at: 11 });
    expect(s.metadata).toMatchObject({ session_id: "flat", created_at: 10, updated_at: 11 });
  });

  it("refuses a newer schema_version with a typed error", () => {
    const doc = { ...fixture("session/valid/minimal.json"), schema_version: 7 };
    expect(() => parseSession(doc, "/x/session.json")).toThrowError(/schema_version 7.*reads up to 1/);
    try {
      parseSession(doc);
    } catch (err) {
      expect(isRlmError(err, "ERR_RLM_SCHEMA_VERSION")).toBe(true);
    }
  });

  it("refuses a nonsense schema_version as a validation error on that field", () => {
    const r = safeParseSession({ ...fixture("session/valid/minimal.json"), schema_version: "one" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("schema_version");
  });

  it("names the failing field by dot path", () => {
    const doc = fixture("session/valid/full.json");
    doc.context.tool_outputs[0].exit_code = "zero";
    doc.metadata.session_type = "weird";
    const r = safeParseSession(doc, "/s/session.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(ValidationError);
    expect(r.error.code).toBe("ERR_RLM_VALIDATION");
    const paths = (r.error as ValidationError).issues.map((i) => i.path);
    expect(paths).toContain("context.tool_outputs.0.exit_code");
    expect(paths).toContain("metadata.session_type");
    expect(r.error.message).toContain("/s/session.json");
  });

  it("refuses a __proto__ key in a free-form map instead of silently dropping it", () => {
    const text =
      '{"schema_version":1,"metadata":{"session_id":"s","created_at":1,"updated_at":1},"context":{"working_memory":{"__proto__":{"x":1},"a":2}}}';
    const r = safeParseSession(JSON.parse(text));
    expect(r.ok).toBe(false);
    if (!r.ok) expect((r.error as ValidationError).issues[0]!.path).toBe("context.working_memory.__proto__");
    expect(() => parseSession(JSON.parse(text.replace("working_memory", "files")))).toThrowError(
      /context\.files\.__proto__/,
    );
  });

  it("rejects a non-object", () => {
    expect(() => parseSession([1, 2])).toThrowError(/expected a JSON object/);
    expect(() => parseSession(null)).toThrowError(ValidationError);
  });
});

describe("other parsers", () => {
  it("parseCell fills defaults and names bad fields", () => {
    const c = parseCell({ cell_id: "cell_00000001", created_at: 1, type: "tool", status: "pending" });
    expect(c.dependencies).toEqual([]);
    expect(c.output.cached_response).toBeNull();
    expect(() =>
      parseCell({ cell_id: "cell_1", created_at: 1, type: "tool", status: "pending" }),
    ).toThrowError(/cell_id/);
  });

  it("parseCell refuses a __proto__ file key but keeps one inside a free-form result", () => {
    const bad =
      '{"cell_id":"cell_00000001","created_at":1,"type":"repl","status":"done","input":{"context_snapshot":{"files":{"__proto__":null}}}}';
    expect(() => parseCell(JSON.parse(bad))).toThrowError(/input\.context_snapshot\.files\.__proto__/);
    const ok = parseCell(
      JSON.parse(
        '{"cell_id":"cell_00000001","created_at":1,"type":"repl","status":"done","output":{"result":{"__proto__":{"y":2}}}}',
      ),
    );
    expect(Object.hasOwn(ok.output.result as object, "__proto__")).toBe(true);
  });

  it("parseHookInput keeps unknown fields and requires only the two ids", () => {
    const h = parseHookInput({ session_id: "s", hook_event_name: "X", new_field: { a: 1 } }) as Record<
      string,
      unknown
    >;
    expect(h.new_field).toEqual({ a: 1 });
    expect(() => parseHookInput({ session_id: "s" })).toThrowError(/hook_event_name/);
  });
});
