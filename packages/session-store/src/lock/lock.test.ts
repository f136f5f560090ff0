import { existsSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { exited, spawnWorker, waitForOutput } from "../test/child.js";
import { expectCode } from "../test/helpers.js";
import { acquireLock, withLock } from "./lock.js";

describe("lock", () => {
  it("excludes, releases and leaves no temp files", () => {
    const dir = tempDir().path;
    const path = join(dir, "l.lock");
    const held = acquireLock(path);
    expect(existsSync(path)).toBe(true);
    held.release();
    held.release();
    expect(readdirSync(dir)).toEqual([]);
    expect(withLock(path, () => 42)).toBe(42);
  });

  it("fails at once when this thread already holds it", () => {
    const path = join(tempDir().path, "l.lock");
    withLock(path, () => {
      const t = Date.now();
      expectCode(() => acquireLock(path, { timeoutMs: 5000 }), "ERR_RLM_USAGE");
      expect(Date.now() - t).toBeLessThan(100);
    });
  });

  it("times out (bounded wait) while another process holds it", async () => {
    const path = join(tempDir().path, "l.lock");
    const child = spawnWorker("lock-holder.ts", [path, "4000"]);
    await waitForOutput(child, "locked");
    const t = Date.now();
    const err = expectCode<{ holder: { pid: number } }>(
      () => acquireLock(path, { timeoutMs: 300 }),
      "ERR_RLM_LOCK_TIMEOUT",
    );
    expect(Date.now() - t).toBeGreaterThanOrEqual(300);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(err.holder.pid).toBe(child.pid);
    child.kill("SIGKILL");
    await exited(child);
  });

  it("waits for a live holder and gets the lock when it releases", async () => {
    const path = join(tempDir().path, "l.lock");
    const child = spawnWorker("lock-holder.ts", [path, "300"]);
    await waitForOutput(child, "locked");
    const t = Date.now();
    acquireLock(path, { timeoutMs: 5000 }).release();
    expect(Date.now() - t).toBeLessThan(4000);
    await exited(child);
  });

  it("recovers at once from a holder that was killed", async () => {
    const path = join(tempDir().path, "l.lock");
    const child = spawnWorker("lock-holder.ts", [path, "60000"]);
    await waitForOutput(child, "locked");
    child.kill("SIGKILL");
    await exited(child);
    const t = Date.now();
    acquireLock(path, { timeoutMs: 5000 }).release();
    expect(Date.now() - t).toBeLessThan(500);
  });

  it("recovers locks of recycled pids, old locks and record-less debris", () => {
    const dir = tempDir().path;
    const path = join(dir, "l.lock");
    const host = hostname();
    // our own pid, but a different process start time: the pid was recycled
    writeFileSync(
      path,
      JSON.stringify({ pid: process.pid, host, token: "t1", acquired_at: Date.now(), start: "1" }),
    );
    acquireLock(path, { timeoutMs: 200 }).release();
    // another host, older than staleMs
    writeFileSync(
      path,
      JSON.stringify({ pid: 1, host: "elsewhere", token: "t2", acquired_at: Date.now() - 60_000 }),
    );
    acquireLock(path, { timeoutMs: 200, staleMs: 30_000 }).release();
    // another host, fresh: must wait (and time out)
    writeFileSync(path, JSON.stringify({ pid: 1, host: "elsewhere", token: "t3", acquired_at: Date.now() }));
    expectCode(() => acquireLock(path, { timeoutMs: 100 }), "ERR_RLM_LOCK_TIMEOUT");
    // a lock file without an owner record, 2 s old
    writeFileSync(path, "");
    utimesSync(path, new Date(Date.now() - 2000), new Date(Date.now() - 2000));
    acquireLock(path, { timeoutMs: 200 }).release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
