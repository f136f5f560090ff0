import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnNode } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleWorker, type Worker } from "../../test/bundle-worker.js";
import { exited, waitForOutput } from "../../test/child.js";
import { expectCode, newStore } from "../../test/helpers.js";

// The multi-process test's worker, bundled (ten children starting under tsx at once cost a
// loaded 2-core runner many seconds before any work).
let worker: Worker;
beforeAll(async () => {
  worker = await bundleWorker("events-worker.ts");
  return worker.dispose;
});
const spawnEventsWorker = (args: string[]) => spawnNode(worker.script, args, { ts: worker.ts });

const journal = (root: string, id: string) => join(root, id, "events.jsonl");
const sessionJson = (root: string, id: string) => readFileSync(join(root, id, "session.json"), "utf8");

describe("the session events journal", () => {
  it("changes are visible to load at once, folded into session.json by the next update", () => {
    const { store, root } = newStore();
    store.create("s");
    const before = sessionJson(root, "s");
    store.appendEvents("s", [
      { type: "count", trajectory: { tool_calls: 1, events_count: 2 }, byTool: "Bash", recursiveCalls: 1 },
      {
        type: "tool_output",
        toolName: "Bash",
        content: "x".repeat(5000),
        exitCode: 0,
        cellId: "cell_0000abcd",
      },
      { type: "file", path: "/repo/a.ts", hash: `sha256:${"a".repeat(64)}`, sizeBytes: 3 },
      { type: "working_memory", key: "last_tool", value: { name: "Bash" } },
    ]);
    expect(sessionJson(root, "s")).toBe(before); // O(1): session.json untouched
    const loaded = store.load("s");
    expect(loaded.trajectory).toMatchObject({ tool_calls: 1, events_count: 2, by_tool: { Bash: 1 } });
    expect(loaded.budget.total_recursive_calls).toBe(1);
    expect(loaded.context.tool_outputs).toMatchObject([
      { tool_name: "Bash", exit_code: 0, cell_id: "cell_0000abcd" },
    ]);
    expect(loaded.context.tool_outputs[0]?.content_preview).toHaveLength(1000);
    expect(loaded.context.files["/repo/a.ts"]).toMatchObject({
      hash: `sha256:${"a".repeat(64)}`,
      size_bytes: 3,
    });
    expect(loaded.context.working_memory.last_tool).toEqual({ name: "Bash" });

    store.update("s", () => {});
    expect(JSON.parse(sessionJson(root, "s")).trajectory).toMatchObject({
      tool_calls: 1,
      by_tool: { Bash: 1 },
    });
    expect(readFileSync(journal(root, "s"), "utf8").trim().split("\n")).toHaveLength(1); // a fresh header only
    const again = store.load("s");
    expect(again.trajectory).toMatchObject({ tool_calls: 1 }); // not applied twice
    expect(again.context.tool_outputs).toHaveLength(1);
  });

  it("keeps the window at 100, the first access of a file, and reopens an ended session", () => {
    const { store } = newStore();
    store.create("w");
    store.end("w");
    store.appendEvents("w", [{ type: "file", path: "/f", hash: null }]);
    const first = store.load("w").context.files["/f"]?.first_access;
    store.appendEvents(
      "w",
      Array.from({ length: 150 }, (_, i) => ({
        type: "tool_output" as const,
        toolName: "T",
        content: `${i}`,
        exitCode: null,
      })),
    );
    store.appendEvents("w", [
      { type: "file", path: "/f", hash: `sha256:${"b".repeat(64)}` },
      { type: "reopen" },
    ]);
    const s = store.load("w");
    expect(s.context.tool_outputs).toHaveLength(100);
    expect(s.context.tool_outputs[0]?.content_preview).toBe("50");
    expect(s.context.files["/f"]).toMatchObject({ first_access: first, hash: `sha256:${"b".repeat(64)}` });
    expect(s.metadata.ended_at).toBeNull();
  });

  it("a crash between session.json and the journal reset applies nothing twice", () => {
    const { store, root } = newStore();
    store.create("c");
    store.appendEvents("c", [{ type: "count", trajectory: { n: 1 } }]);
    // save(load()) writes session.json with the mark, and (like a fold killed right then) leaves the journal
    store.save(store.load("c"));
    expect(readFileSync(journal(root, "c"), "utf8").trim().split("\n")).toHaveLength(2);
    expect(store.load("c").trajectory).toMatchObject({ n: 1 });
    store.appendEvents("c", [{ type: "count", trajectory: { n: 1 } }]);
    expect(store.load("c").trajectory).toMatchObject({ n: 2 });
    expect(store.update("c", () => {}).trajectory).toMatchObject({ n: 2 });
    expect(store.load("c").trajectory).toMatchObject({ n: 2 });
  });

  it("a torn last line (a killed appender) is skipped, and the next append is not damaged by it", () => {
    const { store, root } = newStore();
    store.create("t");
    store.appendEvents("t", [{ type: "count", trajectory: { n: 1 } }]);
    appendFileSync(journal(root, "t"), '{"e":"count","at":1,"traj');
    expect(store.load("t").trajectory).toMatchObject({ n: 1 });
    store.appendEvents("t", [{ type: "count", trajectory: { n: 1 } }]);
    expect(store.load("t").trajectory).toMatchObject({ n: 2 });
    expect(store.update("t", () => {}).trajectory).toMatchObject({ n: 2 });
  });

  it("refuses bad events with ERR_RLM_VALIDATION before writing anything", () => {
    const { store, root } = newStore();
    store.create("v");
    expectCode(
      () => store.appendEvents("v", [{ type: "count", trajectory: { n: -1 } }]),
      "ERR_RLM_VALIDATION",
    );
    expectCode(
      () => store.appendEvents("v", [{ type: "working_memory", key: "k", value: 10n }]),
      "ERR_RLM_VALIDATION",
    );
    expectCode(() => store.appendEvents("v", [{ type: "file", path: "__proto__" }]), "ERR_RLM_VALIDATION");
    expectCode(
      () =>
        store.appendEvents("v", [
          { type: "count", trajectory: { n: 1 } },
          { type: "tool_output", toolName: "x", content: "", exitCode: 1.5 },
        ]),
      "ERR_RLM_VALIDATION",
    );
    expect(readdirSync(join(root, "v"))).not.toContain("events.jsonl");
  });

  it("appends the file-access lines under the same lock; a fork starts with the parent's events folded in", () => {
    const { store, root } = newStore();
    store.create("p");
    store.appendEvents("p", [{ type: "count", trajectory: { n: 3 } }], {
      fileAccess: [{ tool: "Read", file: "/a", cell_id: null }],
    });
    expect(readFileSync(join(root, "p", "file-access.jsonl"), "utf8")).toContain('"file":"/a"');
    store.fork("p", "child");
    expect(store.load("child").trajectory).toMatchObject({ n: 3 });
    writeFileSync(journal(root, "p"), ""); // (the parent's journal is its own)
    expect(store.load("child").trajectory).toMatchObject({ n: 3 });
  });

  it("8 appending processes × 50 and 2 folding processes × 20 at once: every event counted exactly once", async () => {
    const { store, root } = newStore();
    store.create("m");
    const kids = [
      ...Array.from({ length: 8 }, (_, w) => spawnEventsWorker([root, "m", String(w), "50", "append"])),
      ...Array.from({ length: 2 }, (_, w) => spawnEventsWorker([root, "m", `f${w}`, "20", "fold"])),
    ];
    await Promise.all(kids.map((k) => waitForOutput(k, "done")));
    await Promise.all(kids.map(exited));
    const s = store.update("m", () => {});
    expect(s.trajectory).toMatchObject({ appended: 400 });
    expect(s.context.working_memory.folds).toBe(40);
    expect(Object.keys(s.context.files)).toHaveLength(400);
    expect(s.context.tool_outputs).toHaveLength(100);
    for (let w = 0; w < 8; w++)
      expect((s.trajectory as unknown as { by_tool: Record<string, number> }).by_tool[`w${w}`]).toBe(50);
  }, 180_000);
});

describe("an event that cannot be folded", () => {
  it("is refused when appended, and skipped (never blocking a fold) when found in the journal", () => {
    const { store, root } = newStore();
    store.create("x");
    expectCode(
      () => store.appendEvents("x", [{ type: "file", path: "/a", hash: "sha256:short" }]),
      "ERR_RLM_VALIDATION",
    );
    store.appendEvents("x", [{ type: "count", trajectory: { n: 1 } }]);
    appendFileSync(
      journal(root, "x"),
      `${JSON.stringify({ e: "file", at: 1, path: "/b", hash: "not-a-hash" })}\n`,
    );
    store.appendEvents("x", [{ type: "count", trajectory: { n: 1 } }]);
    const s = store.update("x", () => {});
    expect(s.trajectory).toMatchObject({ n: 2 });
    expect(s.context.files).toEqual({});
  });
});

describe("counter names that are Object.prototype keys", () => {
  it("count from zero like any other (a tool named constructor or hasOwnProperty)", () => {
    const { store } = newStore();
    store.create("k");
    for (const t of ["constructor", "hasOwnProperty", "constructor", "toString"])
      store.appendEvents("k", [{ type: "count", trajectory: { valueOf: 1 }, byTool: t }]);
    const s = store.update("k", () => {});
    expect((s.trajectory as unknown as { by_tool: unknown }).by_tool).toEqual({
      constructor: 2,
      hasOwnProperty: 1,
      toString: 1,
    });
    expect((s.trajectory as Record<string, unknown>).valueOf).toBe(4);
  });
});
