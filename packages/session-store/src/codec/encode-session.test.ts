import { describe, expect, it } from "vitest";
import { expectCode } from "../../test/helpers.js";
import { decodeSession } from "./decode-session.js";
import { encodeSession } from "./encode-session.js";
import { validateSession } from "./validate-session.js";

const text = (bytes: Buffer[]) => Buffer.concat(bytes).toString("utf8");

function big() {
  const s = validateSession({
    schema_version: 1,
    metadata: { session_id: "s", created_at: 1, updated_at: 2 },
  });
  for (let i = 0; i < 50; i++)
    s.context.files[`/f${i}`] = { hash: null, size_bytes: i, first_access: 1, last_access: 2 };
  for (let i = 0; i < 10; i++)
    s.context.tool_outputs.push({
      tool_name: "T",
      content_preview: `p${i}`,
      exit_code: 0,
      timestamp: 3,
      cell_id: null,
    });
  s.context.working_memory.w = { deep: [1, "two"] };
  return s;
}

/** Encode the same state three times (plain → remembering → remembered) and check every output. */
function encodeThrice(value: unknown) {
  const a = encodeSession(value);
  const b = encodeSession(a.state);
  const c = encodeSession(b.state);
  for (const e of [a, b, c]) expect(JSON.parse(text(e.bytes))).toEqual(JSON.parse(text(a.bytes)));
  return c;
}

describe("encodeSession", () => {
  it("puts schema_version and metadata alone on the first line, then one line for the rest", () => {
    const out = text(encodeSession(big()).bytes);
    const lines = out.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\{"schema_version":1,"metadata":\{.*\},$/);
    expect(lines[2]).toBe("");
    expect(JSON.parse(out)).toEqual(big());
    expect(decodeSession(out, "x")).toEqual(big());
  });

  it("produces the same document whichever path encodes it", () => {
    const c = encodeThrice(big());
    expect(JSON.parse(text(c.bytes))).toEqual(big());
  });

  it("detects in-place changes to remembered entries", () => {
    const s = encodeThrice(big()).state;
    const f = s.context.files["/f3"]!;
    f.last_access = 99;
    (s.context.tool_outputs[2] as Record<string, unknown>).content_preview = "changed";
    (s.context.files["/f4"] as Record<string, unknown>).extra = { kept: true };
    s.context.files["/new"] = { hash: null, size_bytes: null, first_access: 5, last_access: 5 };
    delete s.context.files["/f0"];
    const doc = JSON.parse(text(encodeSession(s).bytes));
    expect(doc.context.files["/f3"].last_access).toBe(99);
    expect(doc.context.tool_outputs[2].content_preview).toBe("changed");
    expect(doc.context.files["/f4"].extra).toEqual({ kept: true });
    expect(doc.context.files["/new"]).toBeDefined();
    expect(doc.context.files["/f0"]).toBeUndefined();
  });

  it("still validates changed entries of a remembered state", () => {
    const s = encodeThrice(big()).state;
    (s.context.files["/f1"] as Record<string, unknown>).hash = "nope";
    expect(expectCode(() => encodeSession(s), "ERR_RLM_VALIDATION").message).toContain(
      "context.files./f1.hash",
    );
    (s.context.files["/f1"] as Record<string, unknown>).hash = null;
    for (let i = 0; i < 91; i++) s.context.tool_outputs.push({ ...s.context.tool_outputs[0]! });
    expect(expectCode(() => encodeSession(s), "ERR_RLM_VALIDATION").message).toContain(
      "context.tool_outputs",
    );
  });

  it("fills defaults and upgrades old documents", () => {
    const { state } = encodeSession({ metadata: { session_id: "old", created_at: "2024-01-01T00:00:00Z" } });
    expect(state.schema_version).toBe(1);
    expect(state.context.tool_outputs).toEqual([]);
    expectCode(() => encodeSession({ schema_version: 7, metadata: {} }), "ERR_RLM_SCHEMA_VERSION");
  });
});

describe("decodeSession", () => {
  it("reports bad bytes as corrupt with the file path", () => {
    const err = expectCode<{ path: string }>(
      () => decodeSession(Buffer.from("{"), "/x/session.json"),
      "ERR_RLM_CORRUPT_FILE",
    );
    expect(err.path).toBe("/x/session.json");
    expectCode(() => decodeSession(Buffer.alloc(0), "/x"), "ERR_RLM_CORRUPT_FILE");
  });

  it("decodes non-ASCII content", () => {
    const s = big();
    s.metadata.description = "ünïcödé 😀";
    expect(decodeSession(Buffer.concat(encodeSession(s).bytes), "x").metadata.description).toBe("ünïcödé 😀");
  });
});

describe("a __proto__ key on disk", () => {
  it("is refused by name on load instead of silently dropped", () => {
    const text =
      '{"schema_version":1,"metadata":{"session_id":"s","created_at":1,"updated_at":1},"budget":{"by_model":{"__proto__":{"calls":1,"tokens":1,"cost_usd":0}}}}';
    expect(() => decodeSession(text, "/x/session.json")).toThrowError(/budget\.by_model\.__proto__/);
  });
});
