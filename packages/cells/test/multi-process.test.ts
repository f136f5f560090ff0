import { fileURLToPath } from "node:url";
import { runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { cellsInDir } from "../src/test-support.js";
import { expectRebuildMatchesIndex } from "./helpers.js";

const fixedId = (p: number, i: number) =>
  `cell_${p.toString(16).padStart(2, "0")}${i.toString(16).padStart(6, "0")}`;
const worker = fileURLToPath(new URL("./fixtures/create-worker.ts", import.meta.url));
const edgeWorker = fileURLToPath(new URL("./fixtures/edge-worker.ts", import.meta.url));

describe("several processes, one session", () => {
  it("8 processes × 50 creations (half depending on another process's cells): all 400 indexed, graph valid", async () => {
    const tmp = tempDir();
    const dir = tmp.join("mp");
    cellsInDir(dir); // the session exists before its cells are written (SessionStart made it)
    const procs = 8;
    const count = 50;
    const results = await Promise.all(
      Array.from({ length: procs }, (_, k) =>
        runNode(worker, [dir, "mp", String(k), String(procs), String(count)]),
      ),
    );
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });

    const store = cellsInDir(dir);
    const cells = store.list();
    expect(cells).toHaveLength(procs * count);
    const order = store.executionOrder();
    expect(order).toHaveLength(procs * count);
    const pos = new Map(order.map((id, i) => [id, i]));
    for (const c of cells) {
      for (const d of c.dependencies) expect(pos.get(d) as number).toBeLessThan(pos.get(c.cellId) as number);
    }
    let crossProcess = 0;
    for (let k = 0; k < procs; k++) {
      for (let i = 3; i < count; i += 2) {
        expect(store.get(fixedId(k, i)).dependencies).toContain(fixedId((k + procs - 1) % procs, i - 2));
        crossProcess++;
      }
    }
    expect(crossProcess).toBe(procs * 24);
    expect(store.list({ status: "done" })).toHaveLength(procs * 25);
    expect(store.list({ status: "pending" })).toHaveLength(procs * 25);
    expect(store.index().cycles_detected).toEqual([]);

    expectRebuildMatchesIndex(store, { cells: 400 });
  }, 60_000);
});

describe("racing dependency edges", () => {
  it("two processes adding opposite edges never close a cycle: exactly one of each pair wins", async () => {
    const tmp = tempDir();
    const dir = tmp.join("race");
    const store = cellsInDir(dir, { fsync: false });
    const pairs = Array.from({ length: 30 }, (_, i) => [fixedId(0, i), fixedId(1, i)] as const);
    store.createMany(
      pairs.flatMap(([a, b]) => [
        { type: "repl" as const, cellId: a },
        { type: "repl" as const, cellId: b },
      ]),
    );
    const forward = pairs.map(([a, b]) => `${a}:${b}`).join(",");
    const backward = pairs.map(([a, b]) => `${b}:${a}`).join(",");
    const [r1, r2] = await Promise.all([
      runNode(edgeWorker, [dir, "race", forward, "a", "b"]),
      runNode(edgeWorker, [dir, "race", backward, "b", "a"]),
    ]);
    expect(r1?.code, r1?.stderr).toBe(0);
    expect(r2?.code, r2?.stderr).toBe(0);
    const one = JSON.parse(r1?.stdout ?? "{}") as Record<string, string>;
    const two = JSON.parse(r2?.stdout ?? "{}") as Record<string, string>;
    for (const [a, b] of pairs) {
      const outcomes = [one[`${a}:${b}`], two[`${b}:${a}`]].sort();
      expect(outcomes).toEqual(["ERR_RLM_CYCLE", "ok"]);
    }
    const fresh = cellsInDir(dir);
    expect(fresh.executionOrder()).toHaveLength(60);
    expect(fresh.rebuild().cycles).toEqual([]);
  }, 60_000);
});
