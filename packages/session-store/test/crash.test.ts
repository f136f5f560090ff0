import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnNode } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleWorker, type Worker } from "./bundle-worker.js";
import { newStore } from "./helpers.js";

let worker: Worker;
beforeAll(async () => {
  worker = await bundleWorker("crash-writer.ts");
  return worker.dispose;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Start a writer, let it commit for a random while, SIGKILL it; returns the last value it reported. */
async function killWriterAtRandom(root: string, id: string, mode = "durable"): Promise<number> {
  const child = spawnNode(worker.script, [root, id, mode], { ts: worker.ts });
  let out = "";
  let err = "";
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve();
    });
    child.on("exit", () => reject(new Error(`writer exited before committing: ${err}`)));
  });
  await sleep(Math.random() * 60);
  const closed = new Promise((r) => child.on("close", r));
  child.kill("SIGKILL");
  await closed; // "close", not "exit": every line the writer printed has been read
  const committed = out.split("\n").slice(0, -1).map(Number); // complete lines only
  return committed[committed.length - 1] as number;
}

describe("a writer killed with SIGKILL at random moments (50 times)", () => {
  it("session.json always parses, holds the last committed state, and the next writer is not blocked", async () => {
    const { store, root } = newStore({ lock: { timeoutMs: 10_000 } });
    const lanes = ["lane-a", "lane-b"];
    for (const id of lanes) store.create(id);
    let kills = 0;
    let slowest = 0;
    await Promise.all(
      lanes.map(async (id) => {
        for (let k = 0; k < 25; k++) {
          const last = await killWriterAtRandom(root, id);
          const raw = readFileSync(join(root, id, "session.json"), "utf8");
          const onDisk = JSON.parse(raw).context.working_memory.counter as number;
          expect(onDisk).toBeGreaterThanOrEqual(last);
          expect(onDisk).toBeLessThanOrEqual(last + 1); // committed, killed before it could report
          const t = Date.now();
          const next = store.update(id, (s) => {
            s.context.working_memory.checked = k;
          });
          slowest = Math.max(slowest, Date.now() - t);
          expect(next.context.working_memory.counter).toBe(onDisk);
          kills++;
        }
      }),
    );
    expect(kills).toBe(50);
    // Dead owner detected at once: far below the 10 s timeout it would otherwise wait. (Each
    // update also writes and fsyncs session.json: ~50–350 ms apiece on a loaded runner.)
    expect(slowest).toBeLessThan(3000);
    expect(store.list().problems).toEqual([]);
  }, 120_000);
});

describe("a writer with fsync: false killed with SIGKILL (12 times)", () => {
  it("never tears session.json either: a process crash costs nothing that update() returned", async () => {
    const { store, root } = newStore({ lock: { timeoutMs: 10_000 } });
    store.create("relaxed");
    for (let k = 0; k < 12; k++) {
      const last = await killWriterAtRandom(root, "relaxed", "relaxed");
      const onDisk = JSON.parse(readFileSync(join(root, "relaxed", "session.json"), "utf8")).context
        .working_memory.counter as number;
      expect(onDisk).toBeGreaterThanOrEqual(last);
      expect(onDisk).toBeLessThanOrEqual(last + 1);
      expect(store.update("relaxed", () => {}).context.working_memory.counter).toBe(onDisk);
    }
    expect(store.list().problems).toEqual([]);
  }, 120_000);
});
