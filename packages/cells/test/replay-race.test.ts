import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { snapshotFiles } from "../src/index.js";
import { cellsInDir } from "../src/test-support.js";
import { SESSION } from "./helpers.js";

const editWorker = fileURLToPath(new URL("./fixtures/edit-worker.ts", import.meta.url));

// A replayed executor reads a file; while it runs, another process (a hook) edits that
// file and invalidates its readers. The output was computed from the old content, so the
// cell must not end up looking fresh against the new content.

describe("a file edited while its reader is being replayed", () => {
  it.each(["stale", "done"] as const)(
    "leaves the cell (%s before the replay) stale, with the hash of what it read",
    async (before) => {
      const tmp = tempDir();
      const data = tmp.join("data.txt");
      writeFileSync(data, "v1");
      const dir = tmp.join(SESSION);
      const store = cellsInDir(dir, { cwd: tmp.path });
      const v1 = snapshotFiles([data])[data] as string;
      const read = store.create({
        type: "repl",
        input: { operation: "read", context_snapshot: { files: { "data.txt": v1 } } },
        output: { result: "old" },
      });
      const use = store.create({ type: "repl", dependencies: [read.cell_id], output: { result: "OLD" } });
      if (before === "stale") store.invalidate({ cellIds: [read.cell_id] });
      let hook: { code: number | null; stdout: string; stderr: string } | undefined;
      const report = await store.replay(
        [read.cell_id],
        {
          repl: async () => {
            const content = readFileSync(data, "utf8");
            hook = await runNode(editWorker, [dir, SESSION, tmp.path, data, "v2"]);
            return content;
          },
        },
        { force: before === "done" },
      );
      expect(hook?.code, hook?.stderr).toBe(0);
      expect(report.steps[0]).toMatchObject({ outcome: "live", fresh: true });
      const cell = store.get(read.cell_id);
      expect(cell.output.result).toBe("v1");
      expect(cell.input.context_snapshot.files).toEqual({ [data]: v1 }); // stored absolute
      expect(cell.status).toBe("stale");
      expect(store.get(use.cell_id).status).toBe("stale");
      expect(report.invalidated.map((c) => c.cellId)).toContain(read.cell_id);
      // and nothing serves the v1 output as fresh for v2
      const again = await store.replay("all", { repl: () => readFileSync(data, "utf8") });
      expect(again.steps.map((s) => s.outcome)).toEqual(["live", "live"]);
      expect(store.get(read.cell_id)).toMatchObject({ status: "done", output: { result: "v2" } });
    },
  );
});

describe("a file written by an executor earlier in the same replay", () => {
  it("is re-hashed for the cells after it (no stale per-replay memo)", async () => {
    const tmp = tempDir();
    const out = tmp.join("out.txt");
    writeFileSync(out, "v1");
    const dir = tmp.join(SESSION);
    const store = cellsInDir(dir, { cwd: tmp.path });
    const files = snapshotFiles(["out.txt"], tmp.path);
    const reader = (name: string) =>
      store.create({
        type: "repl",
        input: { operation: name, context_snapshot: { files } },
        output: { result: "v1" },
      }).cell_id;
    const before = reader("read-before");
    const writer = store.create({ type: "repl", input: { operation: "write" }, output: { result: "ok" } });
    const after = reader("read-after");
    store.invalidate({ cellIds: [writer.cell_id] });
    const report = await store.replay("all", {
      repl: (cell) => {
        if (cell.input.operation !== "write") return readFileSync(out, "utf8");
        writeFileSync(out, "v2");
        return "ok";
      },
    });
    expect(report.steps.map((s) => [s.cellId, s.outcome, s.runReason])).toEqual([
      [before, "cached", undefined],
      [writer.cell_id, "live", "stale"],
      [after, "live", "key_changed"],
    ]);
  });
});
