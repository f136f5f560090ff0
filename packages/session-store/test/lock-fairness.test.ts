import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnNode, tempDir } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { acquireLock } from "../src/index.js";
import { queueDirOf } from "../src/lock/lock-queue.js";
import { bundleWorker, type Worker } from "./bundle-worker.js";
import { exited, waitForOutput } from "./child.js";

// Waiting for a lock is first come, first served, and the line survives its members dying
// or stopping. Real child processes throughout.

let worker: Worker;
beforeAll(async () => {
  worker = await bundleWorker("lock-order.ts");
  return worker.dispose;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const start = (args: string[]) => spawnNode(worker.script, args, { ts: worker.ts });

async function untilTickets(queueDir: string, n: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const count = existsSync(queueDir) ? readdirSync(queueDir).length : 0;
    if (count >= n) return;
    await sleep(10);
  }
  throw new Error(`the line never reached ${n} tickets`);
}

describe("fair lock waits", () => {
  it("waiters get the lock in the order they arrived, and the line leaves nothing behind", async () => {
    const dir = tempDir().path;
    const lock = join(dir, "l.lock");
    const out = join(dir, "order.txt");
    const holder = start([lock, "holder", out, "stdin"]);
    await waitForOutput(holder, "locked");
    const waiters = [];
    for (let i = 0; i < 5; i++) {
      const w = start([lock, `w${i}`, out, "5"]);
      waiters.push(w);
      await untilTickets(queueDirOf(lock), i + 1); // w{i} is in line before w{i+1} starts
    }
    holder.stdin?.end("\n");
    await Promise.all([holder, ...waiters].map(exited));
    expect(readFileSync(out, "utf8").split("\n").filter(Boolean)).toEqual([
      "holder",
      "w0",
      "w1",
      "w2",
      "w3",
      "w4",
    ]);
    expect(readdirSync(dir).sort()).toEqual(["order.txt"]);
  }, 60_000);

  it("a waiter killed in line does not block the ones behind it", async () => {
    const dir = tempDir().path;
    const lock = join(dir, "l.lock");
    const out = join(dir, "order.txt");
    const holder = start([lock, "holder", out, "stdin"]);
    await waitForOutput(holder, "locked");
    const doomed = start([lock, "doomed", out, "5"]);
    await untilTickets(queueDirOf(lock), 1);
    const next = start([lock, "next", out, "5"]);
    await untilTickets(queueDirOf(lock), 2);
    doomed.kill("SIGKILL");
    await exited(doomed);
    const t = Date.now();
    holder.stdin?.end("\n");
    await waitForOutput(next, "released");
    expect(Date.now() - t).toBeLessThan(5000);
    await Promise.all([holder, next].map(exited));
    expect(readFileSync(out, "utf8").split("\n").filter(Boolean)).toEqual(["holder", "next"]);
    expect(readdirSync(dir).sort()).toEqual(["order.txt"]);
  }, 60_000);

  it("a first-in-line waiter that is stopped (SIGSTOP) is skipped once the lock stays free", async () => {
    const dir = tempDir().path;
    const lock = join(dir, "l.lock");
    const out = join(dir, "order.txt");
    const holder = start([lock, "holder", out, "stdin"]);
    await waitForOutput(holder, "locked");
    const stopped = start([lock, "stopped", out, "5"]);
    await untilTickets(queueDirOf(lock), 1);
    const next = start([lock, "next", out, "5"]);
    await untilTickets(queueDirOf(lock), 2);
    stopped.kill("SIGSTOP");
    holder.stdin?.end("\n");
    await waitForOutput(next, "released");
    stopped.kill("SIGCONT");
    await Promise.all([holder, stopped, next].map(exited));
    expect(readFileSync(out, "utf8").split("\n").filter(Boolean)).toEqual(["holder", "next", "stopped"]);
    expect(readdirSync(dir).sort()).toEqual(["order.txt"]);
  }, 60_000);

  it("a waiter that times out leaves the line (no ticket, no queue directory)", async () => {
    const dir = tempDir().path;
    const lock = join(dir, "l.lock");
    const holder = start([lock, "holder", join(dir, "order.txt"), "stdin"]);
    await waitForOutput(holder, "locked");
    expect(() => acquireLock(lock, { timeoutMs: 200 })).toThrow(/timed out/);
    expect(existsSync(queueDirOf(lock))).toBe(false);
    holder.stdin?.end("\n");
    await exited(holder);
    acquireLock(lock, { timeoutMs: 2000 }).release();
    expect(readdirSync(dir)).toEqual(["order.txt"]);
  }, 30_000);
});
