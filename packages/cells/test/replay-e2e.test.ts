import { readFileSync, writeFileSync } from "node:fs";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { type CellExecutors, snapshotFiles } from "../src/index.js";
import { cellsInDir } from "../src/test-support.js";
import { SESSION } from "./helpers.js";

// A real session: a repl cell that reads a file, a cell that transforms its output, and
// unrelated cells (a tool cell, an llm_call, a verification of the tool). Executors do
// the real work; the file is edited on disk between runs.

function session(invalidation: "checkDisk" | "path") {
  const tmp = tempDir();
  const data = tmp.join("data.csv");
  writeFileSync(data, "a,1\nb,2\n");
  writeFileSync(tmp.join("other.txt"), "unrelated");
  const store = cellsInDir(tmp.join(SESSION), { cwd: tmp.path });
  const runs: string[] = [];
  const executors: CellExecutors = {
    // async, like a real REPL round trip
    repl: async (cell, deps) => {
      runs.push(cell.cell_id);
      await new Promise((r) => setTimeout(r, 1));
      if (cell.input.operation === "read_csv") return readFileSync(data, "utf8").trim().split("\n");
      const rows = Object.values(deps)[0]?.result as string[];
      return rows.map((r) => Number(r.split(",")[1])).reduce((x, y) => x + y, 0);
    },
    tool: (cell) => {
      runs.push(cell.cell_id);
      return readFileSync(tmp.join("other.txt"), "utf8");
    },
    verification: (cell) => {
      runs.push(cell.cell_id);
      return true;
    },
  };
  const read = store.create({
    type: "repl",
    input: { operation: "read_csv", context_snapshot: { files: snapshotFiles(["data.csv"], tmp.path) } },
  });
  store.complete(read.cell_id, { result: ["a,1", "b,2"] });
  const sum = store.create({ type: "repl", input: { operation: "sum" }, dependencies: [read.cell_id] });
  store.complete(sum.cell_id, { result: 3 });
  const tool = store.create({
    type: "tool",
    input: { operation: "Read", context_snapshot: { files: snapshotFiles(["other.txt"], tmp.path) } },
    output: { result: "unrelated" },
  });
  const llm = store.create({ type: "llm_call", output: { result: "ok", cachedResponse: "ok" } });
  const check = store.create({
    type: "verification",
    dependencies: [tool.cell_id],
    output: { result: true },
  });
  return {
    tmp,
    data,
    store,
    executors,
    runs,
    ids: { read: read.cell_id, sum: sum.cell_id, tool: tool.cell_id, llm: llm.cell_id, check: check.cell_id },
    invalidation,
  };
}

describe.each(["checkDisk", "path"] as const)("replay end to end (invalidate by %s)", (how) => {
  it("edit the file → invalidate → replay re-runs exactly the reader and its dependent", async () => {
    const s = session(how);
    const first = await s.store.replay("all", s.executors);
    expect(first.counts).toEqual({ cached: 5, live: 0, failed: 0, skipped: 0, needs_executor: 0 });
    expect(s.runs).toEqual([]);

    writeFileSync(s.data, "a,1\nb,2\nc,39\n");
    const changes =
      how === "checkDisk"
        ? s.store.invalidate({ checkDisk: true })
        : s.store.invalidate({ filePath: s.data });
    expect(changes.map((c) => c.cellId)).toEqual([s.ids.read, s.ids.sum]);
    expect(changes[0]?.reason).toMatchObject({ kind: "file_changed", path: s.data }); // stored absolute
    expect(changes[1]?.reason).toEqual({ kind: "dependency_stale", via: s.ids.read });

    const report = await s.store.replay("all", s.executors);
    const outcome = Object.fromEntries(report.steps.map((x) => [x.cellId, x.outcome]));
    expect(outcome).toEqual({
      [s.ids.read]: "live",
      [s.ids.sum]: "live",
      [s.ids.tool]: "cached",
      [s.ids.llm]: "cached",
      [s.ids.check]: "cached",
    });
    expect(s.runs).toEqual([s.ids.read, s.ids.sum]);
    expect(s.store.get(s.ids.sum).output.result).toBe(42);
    expect(report.invalidated).toEqual([]);

    // The re-run recorded today's hash: nothing is stale or changed any more.
    expect(s.store.invalidate({ checkDisk: true })).toEqual([]);
    s.runs.length = 0;
    const again = await s.store.replay("all", s.executors);
    expect(again.counts.cached).toBe(5);
    expect(s.runs).toEqual([]);
  });
});

describe("replay is honest without invalidation", () => {
  it("a changed file is noticed through the cache key even if nobody invalidated", async () => {
    const s = session("checkDisk");
    writeFileSync(s.data, "z,10\n");
    const report = await s.store.replay("all", s.executors);
    expect(report.steps.filter((x) => x.outcome === "live").map((x) => [x.cellId, x.runReason])).toEqual([
      [s.ids.read, "key_changed"],
      [s.ids.sum, "key_changed"],
    ]);
    expect(s.store.get(s.ids.sum).output.result).toBe(10);
  });
});
