import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { snapshotFiles } from "../src/index.js";
import { cellsInDir } from "../src/test-support.js";
import { expectRebuildMatchesIndex } from "./helpers.js";

const worker = fileURLToPath(new URL("./fixtures/churn-worker.ts", import.meta.url));

// Several processes completing and invalidating the same cells at once, with frequent
// compactions: no completion is lost, the index agrees with the cell files, and a
// rebuild from the files gives the incrementally maintained index.

describe("processes completing and invalidating at once", () => {
  it("3 completers × 2 invalidators: nothing lost, index consistent with the files", async () => {
    const tmp = tempDir();
    const dir = tmp.join("churn");
    const files = ["f0.txt", "f1.txt", "f2.txt"];
    for (const f of files) writeFileSync(tmp.join(f), "initial");
    const store = cellsInDir(dir, { cwd: tmp.path, fsync: false });
    const completers = 3;
    const rounds = 12;
    const ids = Array.from({ length: 12 }, (_, i) => {
      const file = files[i % files.length] as string;
      const x = store.create({
        type: "repl",
        input: { operation: `x${i}`, context_snapshot: { files: snapshotFiles([file], tmp.path) } },
        output: { result: "init" },
      });
      const y = store.create({ type: "repl", dependencies: [x.cell_id], output: { result: "init" } });
      return { x: x.cell_id, y: y.cell_id, owner: i % completers, file };
    });
    const args = (role: string, k: number) => [
      dir,
      "churn",
      tmp.path,
      role,
      String(k),
      String(rounds),
      String(completers + 2),
      JSON.stringify(ids),
    ];
    const results = await Promise.all([
      ...Array.from({ length: completers }, (_, k) => runNode(worker, args("complete", k))),
      runNode(worker, args("invalidate", 0)),
      runNode(worker, args("invalidate", 1)),
    ]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    // (one invalidator may find everything already stale: only the sum is sure to be > 0)
    const invalidated = results.slice(completers).map((r) => JSON.parse(r.stdout).invalidated as number);
    expect(invalidated.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    const fresh = cellsInDir(dir, { cwd: tmp.path });
    const cellFile = (id: string) => JSON.parse(readFileSync(join(dir, "cells", `${id}.json`), "utf8"));
    for (const c of ids) {
      expect(cellFile(c.x).output.result).toBe(`${c.owner}:${rounds - 1}:x`);
      expect(cellFile(c.y).output.result).toBe(`${c.owner}:${rounds - 1}:y`);
    }
    const listed = fresh.list();
    expect(listed).toHaveLength(ids.length * 2 + completers * rounds);
    for (const s of listed) {
      const file = cellFile(s.cellId);
      if (s.status === "stale") expect(s.statusReason).not.toBeNull();
      else expect([s.cellId, s.status]).toEqual([s.cellId, file.status]);
    }
    expectRebuildMatchesIndex(fresh);
    const leftovers = readdirSync(join(dir, "cells")).filter((n) => !/^cell_[0-9a-f]{8}\.json$/.test(n));
    // no temp file or lock left behind; marks.jsonl (the stale marks), writers.json and promoted.json (derived, rebuilt) are ours
    expect(leftovers.sort()).toEqual([
      "index.journal.jsonl",
      "index.json",
      "marks.jsonl",
      "promoted.json",
      "writers.json",
    ]);
  }, 60_000);
});
