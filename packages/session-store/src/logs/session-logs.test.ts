import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectCode, HOSTILE_IDS, newStore } from "../../test/helpers.js";

describe("append-only logs", () => {
  it("appends one JSON line per call, with default timestamps", () => {
    const { store, root } = newStore();
    store.create("s");
    store.appendFileAccess("s", { tool: "Read", file: "/a.ts", cell_id: null });
    store.appendFileAccess("s", { tool: "Grep", pattern: "foo", timestamp: "2024-01-01T00:00:00.000Z" });
    store.appendTrace("s", { kind: "goal", text: "x" });
    store.appendDecision("s", { kind: "choice", timestamp: 5 });
    const lines = readFileSync(join(root, "s/file-access.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        tool: "Read",
        file: "/a.ts",
        cell_id: null,
        timestamp: expect.stringMatching(/^2023-11-14T22:13:2\d\.000Z$/),
      },
      { tool: "Grep", pattern: "foo", timestamp: "2024-01-01T00:00:00.000Z" },
    ]);
    expect(store.readLog("s", "traces").lines).toEqual([
      { kind: "goal", text: "x", timestamp: expect.any(Number) },
    ]);
    expect(store.readLog("s", "decisions")).toEqual({
      lines: [{ kind: "choice", timestamp: 5 }],
      problems: [],
    });
  });

  it("validates lines and ids before writing", () => {
    const { store, root } = newStore();
    store.create("s");
    expectCode(() => store.appendFileAccess("s", { tool: "", file: "/a" }), "ERR_RLM_VALIDATION");
    expectCode(
      () => store.appendTrace("s", { timestamp: "yesterday" as unknown as number }),
      "ERR_RLM_VALIDATION",
    );
    expectCode(() => store.appendTrace("ghost", {}), "ERR_RLM_SESSION_NOT_FOUND");
    for (const id of HOSTILE_IDS) expectCode(() => store.appendDecision(id, {}), "ERR_RLM_INVALID_ID");
    expect(store.readLog("s", "file-access")).toEqual({ lines: [], problems: [] });
    expect(readFileSync(join(root, "s/session.json")).length).toBeGreaterThan(0);
  });

  it("heals a torn tail before appending, and readers skip and report bad lines", () => {
    const { store, root } = newStore();
    store.create("s");
    store.appendTrace("s", { kind: "one" });
    appendFileSync(join(root, "s/reasoning/traces.jsonl"), '{"kind":"torn by a kill');
    store.appendTrace("s", { kind: "two" });
    appendFileSync(join(root, "s/reasoning/traces.jsonl"), '{"timestamp":"not a number"}\n{"half');
    const read = store.readLog<{ kind: string }>("s", "traces");
    expect(read.lines.map((l) => l.kind)).toEqual(["one", "two"]);
    expect(read.problems.map((p) => [p.line, p.reason.slice(0, 12)])).toEqual([
      [2, "invalid JSON"],
      [4, "invalid trac"],
      [5, "torn last li"],
    ]);
  });

  it("never writes through (or reads) a symlinked log: a coded error naming the file", () => {
    const { store, root, base } = newStore();
    store.create("s");
    writeFileSync(join(base, "target"), "");
    for (const [rel, append, log] of [
      ["file-access.jsonl", () => store.appendFileAccess("s", { tool: "Read", file: "/x" }), "file-access"],
      ["reasoning/traces.jsonl", () => store.appendTrace("s", { kind: "t" }), "traces"],
      ["reasoning/decisions.jsonl", () => store.appendDecision("s", { kind: "d" }), "decisions"],
    ] as const) {
      symlinkSync(join(base, "target"), join(root, "s", rel));
      for (const call of [append, () => store.readLog("s", log)]) {
        const err = expectCode<{ path: string }>(call, "ERR_RLM_CORRUPT_FILE");
        expect(err.path).toBe(join(root, "s", rel));
        expect(err.message).toContain("symlink");
      }
    }
    expect(readFileSync(join(base, "target"), "utf8")).toBe("");
  });

  it("never follows a symlinked reasoning/ directory out of the session", () => {
    const { store, root, base } = newStore();
    store.create("s");
    rmSync(join(root, "s/reasoning"), { recursive: true });
    mkdirSync(join(base, "elsewhere"));
    symlinkSync(join(base, "elsewhere"), join(root, "s/reasoning"));
    expectCode(() => store.appendTrace("s", { kind: "t" }), "ERR_RLM_OUTSIDE_ROOT");
    expectCode(() => store.appendDecision("s", { kind: "d" }), "ERR_RLM_OUTSIDE_ROOT");
    expectCode(() => store.readLog("s", "traces"), "ERR_RLM_OUTSIDE_ROOT");
    expect(readdirSync(join(base, "elsewhere"))).toEqual([]);
  });

  it("refuses log lines JSON cannot hold, naming the field", () => {
    const { store } = newStore();
    store.create("s");
    const err = expectCode<{ issues: { path: string }[] }>(
      () => store.appendTrace("s", { kind: "t", size: 10n } as never),
      "ERR_RLM_VALIDATION",
    );
    expect(err.issues[0]?.path).toBe("size");
    expectCode(
      () => store.appendFileAccess("s", { tool: "Read", file: "/x", extra: () => 1 } as never),
      "ERR_RLM_VALIDATION",
    );
    expect(store.readLog("s", "traces").lines).toEqual([]);
  });
});
