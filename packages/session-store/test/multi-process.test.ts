import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnNode } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleWorker, type Worker } from "./bundle-worker.js";
import { exited, waitForOutput } from "./child.js";
import { newStore } from "./helpers.js";

// The workers are bundled: 6–8 children starting at once under tsx took 10–20 s of a loaded
// 2-core runner before doing any work, most of a test's time budget.
const NAMES = ["update-worker.ts", "ensure-worker.ts", "append-worker.ts"] as const;
const workers = new Map<string, Worker>();
beforeAll(async () => {
  for (const name of NAMES) workers.set(name, await bundleWorker(name));
  return () => {
    for (const w of workers.values()) w.dispose();
  };
});

const run = async (name: (typeof NAMES)[number], argsList: string[][], marker = "done") => {
  const worker = workers.get(name) as Worker;
  const children = argsList.map((args) => spawnNode(worker.script, args, { ts: worker.ts }));
  const outputs = await Promise.all(children.map((c) => waitForOutput(c, marker)));
  await Promise.all(children.map(exited));
  return outputs;
};

describe("several processes at once", () => {
  it("8 processes × 50 read-modify-write updates: all 400 land, every file stays valid JSON", async () => {
    const { store, root } = newStore();
    store.create("shared");
    await run(
      "update-worker.ts",
      Array.from({ length: 8 }, (_, w) => [root, "shared", String(w), "50"]),
    );
    const s = store.load("shared");
    expect(s.context.working_memory.counter).toBe(400);
    const markers = s.context.working_memory.markers as string[];
    expect(markers).toHaveLength(400);
    expect(new Set(markers).size).toBe(400);
    for (let w = 0; w < 8; w++) {
      const mine = markers.filter((m) => m.startsWith(`${w}-`)).map((m) => Number(m.split("-")[1]));
      expect(mine).toEqual(Array.from({ length: 50 }, (_, i) => i)); // each worker's own order kept
    }
    const dir = join(root, "shared");
    expect(readdirSync(dir).sort()).toEqual(["cells", "reasoning", "session.json"]); // no lock or temp debris
    JSON.parse(readFileSync(join(dir, "session.json"), "utf8"));
    JSON.parse(readFileSync(join(dir, "cells/index.json"), "utf8"));
  }, 180_000);

  it("a doubled SessionStart: 6 concurrent ensure() calls create the session exactly once", async () => {
    const { store, root } = newStore();
    const outputs = await run(
      "ensure-worker.ts",
      Array.from({ length: 6 }, () => [root, "twice"]),
      "d\n",
    );
    expect(outputs.filter((o) => o.includes("created"))).toHaveLength(1);
    expect(store.load("twice").metadata.cwd).toBe("/w");
    expect(readdirSync(root)).toEqual(["twice"]);
  }, 180_000);

  it("4 processes append lines of 100–150 KB concurrently: no line is torn or interleaved", async () => {
    const { store, root } = newStore();
    store.create("logs");
    await run(
      "append-worker.ts",
      Array.from({ length: 4 }, (_, w) => [root, "logs", String(w), "25", "100000"]),
    );
    const read = store.readLog<{ worker: number; i: number; pad: string }>("logs", "traces");
    expect(read.problems).toEqual([]);
    expect(read.lines).toHaveLength(100);
    for (const line of read.lines) {
      expect(line.pad).toBe(String.fromCharCode(97 + line.worker).repeat(line.pad.length));
    }
  }, 180_000);
});
