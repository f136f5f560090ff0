import { lstatSync, readFileSync, readlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCellIndex } from "@rlm/session-schema";
import { describe, expect, it } from "vitest";
import { entriesOf, expectCode, HOSTILE_IDS, newStore } from "../../test/helpers.js";

describe("create", () => {
  it("makes session.json, cells/index.json and reasoning/ with defaults", () => {
    const { store, root } = newStore();
    const state = store.create("s1", {
      cwd: "/work",
      tags: ["a"],
      description: "d",
      transcriptPath: "/t/x.jsonl",
    });
    expect(state.schema_version).toBe(1);
    expect(state.metadata).toMatchObject({
      session_id: "s1",
      cwd: "/work",
      tags: ["a"],
      description: "d",
      ended_at: null,
    });
    expect(state.metadata.claude_transcript_path).toBe("/t/x.jsonl");
    expect(state.activation).toMatchObject({ rlm_active: false, current_depth: 0, max_depth: 2 });
    expect(state.context).toEqual({ files: {}, tool_outputs: [], working_memory: {} });
    expect(entriesOf(join(root, "s1"))).toEqual(["cells", "reasoning", "session.json", "transcript.jsonl"]);
    const index = parseCellIndex(JSON.parse(readFileSync(join(root, "s1/cells/index.json"), "utf8")));
    expect(index).toEqual({
      version: 1,
      session_id: "s1",
      cells: {},
      roots: [],
      leaves: [],
      execution_order: [],
      cycles_detected: [],
    });
    expect(readlinkSync(join(root, "s1/transcript.jsonl"))).toBe("/t/x.jsonl");
    expect(store.load("s1")).toEqual(state);
  });

  it("writes session.json with the metadata on the first line", () => {
    const { store, root } = newStore();
    store.create("s1");
    const [head, rest] = readFileSync(join(root, "s1/session.json"), "utf8").split("\n");
    expect(head?.startsWith('{"schema_version":1,"metadata":{"session_id":"s1"')).toBe(true);
    expect(head?.endsWith(",")).toBe(true);
    expect(rest?.startsWith('"activation":')).toBe(true);
  });

  it("accepts activation and an initial document (migrated sessions)", () => {
    const { store } = newStore();
    const s = store.create("m1", {
      sessionType: "migrated",
      activation: { rlm_active: true, max_depth: 3 },
      initial: { metadata: { created_at: 5, session_id: "ignored" }, budget: { total_tokens_used: 7 } },
    });
    expect(s.metadata).toMatchObject({ session_id: "m1", created_at: 5, session_type: "migrated" });
    expect(s.activation).toMatchObject({ rlm_active: true, max_depth: 3 });
    expect(s.budget.total_tokens_used).toBe(7);
  });

  it("refuses an invalid initial document before touching disk", () => {
    const { store, root } = newStore();
    const err = expectCode(() => store.create("s1", { activation: { max_depth: 9 } }), "ERR_RLM_VALIDATION");
    expect(err.message).toContain("activation.max_depth");
    expect(entriesOf(root)).toEqual([]);
  });

  it("refuses an existing session and leaves it alone", () => {
    const { store, root } = newStore();
    store.create("s1", { description: "first" });
    expectCode(() => store.create("s1"), "ERR_RLM_SESSION_EXISTS");
    expect(store.load("s1").metadata.description).toBe("first");
    expect(entriesOf(root)).toEqual(["s1"]);
  });

  it("refuses hostile ids with ERR_RLM_INVALID_ID and creates nothing", () => {
    const { store, root, base } = newStore();
    for (const id of HOSTILE_IDS) {
      expectCode(() => store.create(id), "ERR_RLM_INVALID_ID");
      expectCode(() => store.ensure(id), "ERR_RLM_INVALID_ID");
    }
    expect(entriesOf(base)).toEqual([]);
    expect(entriesOf(root)).toEqual([]);
  });

  it("treats anything squatting on the name as existing (and leaves no staging dir)", () => {
    const { store, root } = newStore();
    store.create("other");
    writeFileSync(join(root, "s1"), "a file squatting on the name");
    expectCode(() => store.create("s1"), "ERR_RLM_SESSION_EXISTS");
    expect(entriesOf(root)).toEqual(["other", "s1"]);
  });
});

describe("ensure", () => {
  it("creates once, then loads", () => {
    const { store } = newStore();
    const first = store.ensure("s1", { description: "x" });
    const second = store.ensure("s1", { description: "ignored" });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.state).toEqual(first.state);
  });

  it("reports a corrupt existing session instead of replacing it", () => {
    const { store, root } = newStore();
    store.create("s1");
    writeFileSync(join(root, "s1/session.json"), "{oops");
    expectCode(() => store.ensure("s1"), "ERR_RLM_CORRUPT_FILE");
    expect(readFileSync(join(root, "s1/session.json"), "utf8")).toBe("{oops");
  });

  it("reports a session directory without session.json", () => {
    const { store, root } = newStore();
    store.create("s1");
    const file = join(root, "s1/session.json");
    writeFileSync(`${file}.keep`, "");
    lstatSync(file);
    unlinkSync(file);
    const err = expectCode<{ path: string }>(() => store.ensure("s1"), "ERR_RLM_CORRUPT_FILE");
    expect(err.path).toBe(file);
  });
});
