import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type InvalidationTarget, withCachedResponse } from "../src/index.js";
import { freshStore, thrown } from "./helpers.js";

// Values from other programs (the REPL bridge passes JSON through) that the types forbid:
// refused before anything is written, and never able to make a cell unreadable.

const tmpFiles = (dir: string) => readdirSync(join(dir, "cells")).filter((n) => n.endsWith(".tmp"));

describe("complete refuses an outcome the cell schema would refuse", () => {
  it.each([
    ["a non-string error", { error: 42 }],
    ["a negative execution time", { executionTimeMs: -1 }],
    ["a non-string cached response", { cachedResponse: { text: "hi" } }],
    ["a result that is not JSON (BigInt)", { result: 10n }],
  ])("%s: ERR_RLM_VALIDATION, the cell stays as it was", (_what, outcome) => {
    const { store, dir, reopen } = freshStore();
    const cell = store.create({ type: "repl", output: { result: "kept" } });
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    expect(thrown(() => store.complete(cell.cell_id, outcome as any)).code).toBe("ERR_RLM_VALIDATION");
    expect(reopen().get(cell.cell_id)).toMatchObject({ status: "done", output: { result: "kept" } });
    expect(tmpFiles(dir)).toEqual([]);
    expect(reopen().rebuild()).toMatchObject({ orphans: [], unparsable: [] });
  });

  it("an empty error string is an error, whether given to create or to complete", () => {
    const { store } = freshStore();
    expect(store.create({ type: "tool", output: { error: "" } }).status).toBe("error");
    const c = store.create({ type: "tool" });
    expect(store.complete(c.cell_id, { error: "" }).status).toBe("error");
  });
});

describe("replay of an executor whose result cannot be stored", () => {
  it("reports that cell as failed, keeps going, and leaves no temp file", async () => {
    const { store, dir } = freshStore();
    const bad = store.create({ type: "repl", input: { operation: "bigint" }, output: { result: 0 } });
    const llm = store.create({ type: "llm_call", output: { result: 0, cachedResponse: "0" } });
    const after = store.create({ type: "repl", input: { operation: "fine" }, output: { result: 0 } });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const report = await store.replay(
      "all",
      {
        repl: (cell) => (cell.input.operation === "bigint" ? 10n : "fine"),
        // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
        llm_call: () => withCachedResponse(circular, 5 as any),
      },
      { force: true },
    );
    expect(report.steps.map((s) => [s.cellId, s.outcome])).toEqual([
      [bad.cell_id, "failed"],
      [llm.cell_id, "failed"],
      [after.cell_id, "live"],
    ]);
    expect(report.steps[0]?.error).toMatch(/cannot be stored/);
    expect(store.get(bad.cell_id)).toMatchObject({ status: "error", output: { result: null } });
    expect(store.get(llm.cell_id).status).toBe("error");
    expect(tmpFiles(dir)).toEqual([]);
  });
});

describe("invalidate refuses a target that is not exactly one of its three forms", () => {
  it.each([
    ["{}", {}],
    ["checkDisk: false", { checkDisk: false }],
    ["null", null],
    ["filePath: 5", { filePath: 5 }],
    ["cellIds: a string", { cellIds: "cell_00000001" }],
    ["two forms at once", { cellIds: [], checkDisk: true }],
  ])("%s → ERR_RLM_VALIDATION", (_what, target) => {
    const { store } = freshStore();
    store.create({ type: "repl", output: { result: 1 } });
    const err = thrown(() => store.invalidate(target as unknown as InvalidationTarget));
    expect(err.code).toBe("ERR_RLM_VALIDATION");
  });
});
