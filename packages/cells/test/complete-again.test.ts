import { describe, expect, it } from "vitest";
import { buildDag } from "../src/test-support.js";
import { freshStore } from "./helpers.js";

// Completing a cell that already has an outcome (a late PostToolUse after the orphan
// sweep, a retried tool) replaces its output. Dependents built on the old output can no
// longer be trusted: they become stale, as they do when replay changes an output.

describe("completing a cell again", () => {
  it("with a different output: every transitive dependent becomes stale (dependency_changed)", async () => {
    const { store } = freshStore();
    const id = buildDag(store, { a: [], b: ["a"], c: ["b"], d: [] }, { pending: ["c"] });
    store.complete(id.a as string, { result: "A2" });
    expect(store.get(id.b as string)).toMatchObject({
      status: "stale",
      status_reason: `dependency re-run with a different output: ${id.a}`,
    });
    expect(store.get(id.c as string).status).toBe("pending");
    expect(store.get(id.d as string).status).toBe("done");
    const runs: string[] = [];
    await store.replay("stale", {
      repl: (cell) => {
        runs.push(cell.cell_id);
        return "B2";
      },
    });
    expect(runs).toEqual([id.b]);
  });

  it("with the same output, or for the first time: dependents keep their state", () => {
    const { store } = freshStore();
    const id = buildDag(store, { a: [], b: ["a"] }, { pending: ["a"] });
    store.complete(id.a as string, { result: "x" });
    expect(store.get(id.b as string).status).toBe("done");
    store.complete(id.a as string, { result: "x", executionTimeMs: 9 });
    expect(store.get(id.b as string).status).toBe("done");
  });

  it("a stale cell completed again becomes done; its dependents stay stale", () => {
    const { store } = freshStore();
    const id = buildDag(store, { a: [], b: ["a"] });
    store.invalidate({ cellIds: [id.a as string] });
    store.complete(id.a as string, { result: "a" });
    expect(store.get(id.a as string)).toMatchObject({ status: "done", status_reason: null });
    expect(store.get(id.b as string).status).toBe("stale");
  });
});
