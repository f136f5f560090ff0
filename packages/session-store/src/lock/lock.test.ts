import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { exited, spawnWorker, waitForOutput } from "../../test/child.js";
import { expectCode } from "../../test/helpers.js";
import { acquireLock, type LockOwner, withLock } from "./lock.js";

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

  it("stores the intent in the owner record; recovered is empty after a clean release", () => {
    const dir = tempDir().path;
    const path = join(dir, "l.lock");
    const first = acquireLock(path, { intent: { op: "completing", cell: "cell_0000abcd" } });
    expect(JSON.parse(readFileSync(path, "utf8")).intent).toEqual({
      op: "completing",
      cell: "cell_0000abcd",
    });
    expect(first.owner.intent).toEqual({ op: "completing", cell: "cell_0000abcd" });
    expect(first.recovered).toEqual([]);
    first.release();
    const second = acquireLock(path);
    expect(second.recovered).toEqual([]);
    expect(JSON.parse(readFileSync(path, "utf8"))).not.toHaveProperty("intent");
    second.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("withLock hands the held lock to fn", () => {
    const path = join(tempDir().path, "l.lock");
    const seen = withLock(
      path,
      (held) => ({ path: held.path, recovered: held.recovered, intent: held.owner.intent }),
      {
        intent: "x",
      },
    );
    expect(seen).toEqual({ path, recovered: [], intent: "x" });
  });

  it("refuses an intent that is not JSON, with a code, before touching the disk", () => {
    const dir = tempDir().path;
    const err = expectCode(
      () => acquireLock(join(dir, "l.lock"), { intent: { n: 10n } }),
      "ERR_RLM_VALIDATION",
    );
    expect(err.message).toContain("n");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("recovered: the intent of a holder killed with SIGKILL reaches the next holder", async () => {
    const path = join(tempDir().path, "l.lock");
    const child = spawnWorker("lock-holder.ts", [
      path,
      "60000",
      JSON.stringify({ completing: "cell_0000abcd" }),
    ]);
    await waitForOutput(child, "locked");
    child.kill("SIGKILL");
    await exited(child);
    const held = acquireLock(path, { timeoutMs: 5000 });
    expect(held.recovered).toHaveLength(1);
    expect(held.recovered[0]).toMatchObject({ pid: child.pid, intent: { completing: "cell_0000abcd" } });
    held.release();
    expect(acquireLock(path).recovered).toEqual([]); // repaired and released: nothing to hand on
  });

  it("recovered: a repair interrupted by a second kill is handed on (nearest first)", async () => {
    const path = join(tempDir().path, "l.lock");
    const first = spawnWorker("lock-holder.ts", [path, "60000", '"A"']);
    await waitForOutput(first, "locked");
    first.kill("SIGKILL");
    await exited(first);
    const second = spawnWorker("lock-holder.ts", [path, "60000", '"B"']);
    const out = await waitForOutput(second, "locked");
    const seenBySecond = JSON.parse(out.slice(out.indexOf("locked ") + 7).split("\n")[0]!) as LockOwner[];
    expect(seenBySecond.map((o) => o.intent)).toEqual(["A"]);
    second.kill("SIGKILL");
    await exited(second);
    const held = acquireLock(path, { timeoutMs: 5000 });
    expect(held.recovered.map((o) => [o.pid, o.intent])).toEqual([
      [second.pid, "B"],
      [first.pid, "A"],
    ]);
    held.release();
  });

  it("recovered: of several waiters on a killed holder, exactly one takes over (and learns it)", async () => {
    const path = join(tempDir().path, "l.lock");
    const holder = spawnWorker("lock-holder.ts", [path, "60000", '"half done"']);
    await waitForOutput(holder, "locked");
    const waiters = Array.from({ length: 4 }, () => spawnWorker("lock-holder.ts", [path, "20"]));
    const outputs = waiters.map((w) => waitForOutput(w, "released"));
    await new Promise((r) => setTimeout(r, 1500)); // let them start and wait on the lock
    holder.kill("SIGKILL");
    await exited(holder);
    const lines = (await Promise.all(outputs)).map((o) => o.split("\n")[0]!.slice("locked ".length));
    await Promise.all(waiters.map(exited));
    const recovered = lines.map((l) => JSON.parse(l) as LockOwner[]);
    expect(recovered.filter((r) => r.length > 0)).toEqual([
      [expect.objectContaining({ intent: "half done" })],
    ]);
  }, 30_000);

  it("timeoutMs: 0 is a try-lock: takes a free or stale lock at once, else fails at once without waiting", () => {
    const dir = tempDir().path;
    const path = join(dir, "l.lock");
    const first = acquireLock(path, { timeoutMs: 0 });
    const t = Date.now();
    expectCode(() => acquireLock(`${path}`, { timeoutMs: 0, intent: "probe" }), "ERR_RLM_USAGE"); // same thread
    first.release();
    writeFileSync(path, JSON.stringify({ pid: 1, host: "elsewhere", token: "t", acquired_at: Date.now() }));
    expectCode(() => acquireLock(path, { timeoutMs: 0 }), "ERR_RLM_LOCK_TIMEOUT");
    expect(Date.now() - t).toBeLessThan(500);
    writeFileSync(
      path,
      JSON.stringify({ pid: 1, host: "elsewhere", token: "t", acquired_at: Date.now() - 60_000 }),
    );
    acquireLock(path, { timeoutMs: 0 }).release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
