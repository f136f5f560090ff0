import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CellExecutors, withCachedResponse } from "../src/index.js";
import { buildDag } from "../src/test-support.js";
import { freshStore, thrown } from "./helpers.js";

const upper: CellExecutors = {
  repl: (cell, deps) =>
    `${cell.input.operation}(${Object.values(deps)
      .map((d) => String(d.result))
      .join(",")})`,
};

describe("replay", () => {
  it("serves fresh cells from cache and re-runs stale ones, feeding dependency outputs", async () => {
    const { store } = freshStore();
    const id = buildDag(store, { a: [], b: ["a"], c: [] });
    store.invalidate({ cellIds: [id.a as string] });
    const seen: unknown[] = [];
    const report = await store.replay("all", {
      repl: (cell, deps) => {
        seen.push([cell.input.operation, deps]);
        return `${cell.input.operation}!`;
      },
    });
    expect(report.steps.map((s) => [s.cellId, s.outcome, s.fresh])).toEqual([
      [id.a, "live", true],
      [id.b, "live", true],
      [id.c, "cached", false],
    ]);
    expect(report.steps[1]?.runReason).toBe("stale");
    expect(seen[1]).toEqual(["b", { [id.a as string]: expect.objectContaining({ result: "a!" }) }]);
    expect(store.get(id.b as string)).toMatchObject({ status: "done", output: { result: "b!" } });
    expect(report.counts).toEqual({ cached: 1, live: 2, failed: 0, skipped: 0, needs_executor: 0 });
  });

  it("selects by ids, by 1-based range and by 'stale'", async () => {
    const { store } = freshStore();
    const id = buildDag(store, { a: [], b: [], c: [], d: [] });
    store.invalidate({ cellIds: [id.c as string] });
    expect((await store.replay("2-3", upper)).steps.map((s) => s.cellId)).toEqual([id.b, id.c]);
    store.invalidate({ cellIds: [id.d as string] });
    expect((await store.replay("stale", upper)).steps.map((s) => [s.cellId, s.outcome])).toEqual([
      [id.d, "live"],
    ]);
    expect((await store.replay([id.d as string, id.a as string], upper)).steps.map((s) => s.cellId)).toEqual([
      id.a,
      id.d,
    ]);
    expect((await store.replay("4", upper)).steps.map((s) => s.position)).toEqual([4]);
    const bad = await store.replay("0-9", upper).catch((e) => e);
    expect(bad.code).toBe("ERR_RLM_REPLAY");
    expect((await store.replay("x", upper).catch((e) => e)).code).toBe("ERR_RLM_REPLAY");
    expect(thrown(() => store.get("cell_00000000")).code).toBe("ERR_RLM_CELL_NOT_FOUND");
  });

  it("reports needs_executor instead of faking, and skips what depends on it", async () => {
    const { store } = freshStore();
    const a = store.create({ type: "verification", output: { result: true } });
    const b = store.create({ type: "repl", dependencies: [a.cell_id], output: { result: 1 } });
    store.invalidate({ cellIds: [a.cell_id] });
    const report = await store.replay("all", upper);
    expect(report.steps).toMatchObject([
      { cellId: a.cell_id, outcome: "needs_executor", fresh: false, runReason: "stale" },
      { cellId: b.cell_id, outcome: "skipped", via: a.cell_id, blockedBy: "needs_executor" },
    ]);
    expect(store.get(a.cell_id).status).toBe("stale");
  });

  it("reports a throwing executor as failed (fresh) and skips its dependents", async () => {
    const { store } = freshStore();
    const id = buildDag(store, { a: [], b: ["a"], c: ["b"] });
    store.invalidate({ cellIds: [id.a as string] });
    const report = await store.replay("all", {
      repl: (cell) => {
        if (cell.input.operation === "a") throw new Error("disk on fire");
        return 1;
      },
    });
    expect(report.steps).toMatchObject([
      { outcome: "failed", fresh: true, error: "disk on fire" },
      { outcome: "skipped", via: id.a, blockedBy: "failed" },
      { outcome: "skipped", via: id.b, blockedBy: "skipped" },
    ]);
    expect(store.get(id.a as string)).toMatchObject({
      status: "error",
      output: { error: "disk on fire", result: null },
    });
  });

  it("never presents a cached error as fresh", async () => {
    const { store } = freshStore();
    const a = store.create({ type: "tool", output: { error: "exit 1" } });
    const report = await store.replay("all", { tool: () => "would succeed now" });
    expect(report.steps).toEqual([
      expect.objectContaining({
        cellId: a.cell_id,
        outcome: "cached",
        fresh: false,
        error: "exit 1",
        from: "output",
      }),
    ]);
  });

  it("replays an llm_call from cached_response unless forced", async () => {
    const { store } = freshStore();
    const q = store.create({ type: "llm_call", output: { result: "4", cachedResponse: "The answer is 4" } });
    store.invalidate({ cellIds: [q.cell_id] });
    let calls = 0;
    const llm: CellExecutors = {
      llm_call: () => {
        calls++;
        return withCachedResponse("5", "The answer is 5");
      },
    };
    const cached = await store.replay("all", llm);
    expect(cached.steps[0]).toMatchObject({
      outcome: "cached",
      from: "cached_response",
      fresh: false,
      runReason: "stale",
    });
    expect(calls).toBe(0);
    const forced = await store.replay("all", llm, { force: true });
    expect(forced.steps[0]).toMatchObject({ outcome: "live", runReason: "forced" });
    expect(calls).toBe(1);
    expect(store.get(q.cell_id).output).toMatchObject({ result: "5", cached_response: "The answer is 5" });
  });

  it("does not serve a cell from cache when its key no longer matches, even if not marked stale", async () => {
    const { store } = freshStore();
    const id = buildDag(store, { a: [], b: ["a"] });
    // a re-runs (forced) with a new output; b is outside the selection and becomes stale …
    const r1 = await store.replay([id.a as string], { repl: () => "new a" }, { force: true });
    expect(r1.invalidated).toEqual([
      { cellId: id.b, from: "done", reason: { kind: "dependency_changed", via: id.a } },
    ]);
    // … and a cell whose dependency output changed behind its back (its file rewritten by
    // another program; complete() itself makes dependents stale) is re-run as key_changed.
    const { store: s2, dir } = freshStore();
    const x = s2.create({ type: "repl", output: { result: 1 } });
    const y = s2.create({ type: "repl", dependencies: [x.cell_id], output: { result: 2 } });
    const xFile = join(dir, "cells", `${x.cell_id}.json`);
    writeFileSync(xFile, readFileSync(xFile, "utf8").replace('"result": 1', '"result": 100'));
    const r2 = await s2.replay("all", { repl: () => 3 });
    expect(r2.steps.map((s) => [s.cellId, s.outcome, s.runReason])).toEqual([
      [x.cell_id, "cached", undefined],
      [y.cell_id, "live", "key_changed"],
    ]);
  });
});
