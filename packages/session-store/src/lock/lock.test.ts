import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { spawnNode, tempDir } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleWorker, type Worker } from "../../test/bundle-worker.js";
import { exited, waitForOutput } from "../../test/child.js";
import { expectCode } from "../../test/helpers.js";
import { acquireLock, type LockOwner, withLock } from "./lock.js";
import { queueDirOf } from "./lock-queue.js";

/** Resolve once `n` waiters have a ticket in the line at `queueDir`. */
async function untilTickets(queueDir: string, n: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if ((existsSync(queueDir) ? readdirSync(queueDir).length : 0) >= n) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the line never reached ${n} tickets`);
}

// The lock-holder child, bundled: it starts in a fraction of the time tsx takes, which
// matters on a loaded machine where several start at once.
let worker: Worker;
beforeAll(async () => {
  worker = await bundleWorker("lock-holder.ts");
  return worker.dispose;
});
const spawnHolder = (args: string[]) => spawnNode(worker.script, args, { ts: worker.ts });

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
      expect(Date.now() - t).toBeLessThan(1000); // not the 5 s wait (generous: a loaded CI runner)
    });
  });

  it("times out (bounded wait) while another process holds it", async () => {
    const path = join(tempDir().path, "l.lock");
    // Held until killed: even a waiter descheduled for seconds cannot get it and pass.
    const child = spawnHolder([path, "60000"]);
    await waitForOutput(child, "locked");
    const t = Date.now();
    const err = expectCode<{ holder: { pid: number } }>(
      () => acquireLock(path, { timeoutMs: 300 }),
      "ERR_RLM_LOCK_TIMEOUT",
    );
    expect(Date.now() - t).toBeGreaterThanOrEqual(300);
    expect(Date.now() - t).toBeLessThan(3000); // its own 300 ms, not the default 10 s
    expect(err.holder.pid).toBe(child.pid);
    child.kill("SIGKILL");
    await exited(child);
  });

  it("waits for a live holder and gets the lock when it releases", async () => {
    const path = join(tempDir().path, "l.lock");
    const child = spawnHolder([path, "300"]);
    await waitForOutput(child, "locked");
    const t = Date.now();
    acquireLock(path, { timeoutMs: 5000 }).release();
    expect(Date.now() - t).toBeLessThan(4000);
    await exited(child);
  });

  it("recovers at once from a holder that was killed", async () => {
    const path = join(tempDir().path, "l.lock");
    const child = spawnHolder([path, "60000"]);
    await waitForOutput(child, "locked");
    child.kill("SIGKILL");
    await exited(child);
    const t = Date.now();
    acquireLock(path, { timeoutMs: 5000 }).release();
    expect(Date.now() - t).toBeLessThan(1000); // far below the 5 s it would otherwise wait
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
    const child = spawnHolder([path, "60000", JSON.stringify({ completing: "cell_0000abcd" })]);
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
    const first = spawnHolder([path, "60000", '"A"']);
    await waitForOutput(first, "locked");
    first.kill("SIGKILL");
    await exited(first);
    const second = spawnHolder([path, "60000", '"B"']);
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
    const holder = spawnHolder([path, "60000", '"half done"']);
    await waitForOutput(holder, "locked");
    const waiters = Array.from({ length: 4 }, () => spawnHolder([path, "20"]));
    const outputs = waiters.map((w) => waitForOutput(w, "released"));
    // All four in line before the holder dies (a fixed 1.5 s was not enough on a loaded
    // machine: the waiters were still starting, and took a free lock one after another).
    await untilTickets(queueDirOf(path), 4);
    holder.kill("SIGKILL");
    await exited(holder);
    const lines = (await Promise.all(outputs)).map((o) => o.split("\n")[0]!.slice("locked ".length));
    await Promise.all(waiters.map(exited));
    const recovered = lines.map((l) => JSON.parse(l) as LockOwner[]);
    expect(recovered.filter((r) => r.length > 0)).toEqual([
      [expect.objectContaining({ intent: "half done" })],
    ]);
  }, 60_000);

  it("a line that cannot be used (a file or a symlink at <lock>.q): waiters still get the lock, writing nothing through it", async () => {
    for (const plant of ["symlink", "file", "dangling"] as const) {
      const dir = tempDir().path;
      const path = join(dir, "l.lock");
      const outside = join(dir, "outside");
      mkdirSync(outside);
      const q = queueDirOf(path);
      if (plant === "symlink") symlinkSync(outside, q);
      else if (plant === "dangling") symlinkSync(join(dir, "nowhere"), q);
      else writeFileSync(q, "not a line");
      const held = acquireLock(path);
      const waiters = Array.from({ length: 3 }, () => spawnHolder([path, "20"]));
      const outputs = waiters.map((w) => waitForOutput(w, "locked"));
      await new Promise((r) => setTimeout(r, 1000)); // they are waiting now (started, in acquireLock)
      expect(readdirSync(outside), plant).toEqual([]);
      held.release();
      await Promise.all(outputs);
      expect(await Promise.all(waiters.map(exited)), plant).toEqual([0, 0, 0]);
      expect(readdirSync(outside), plant).toEqual([]);
      expect(existsSync(join(dir, "nowhere")), plant).toBe(false);
    }
  }, 60_000);

  it("timeoutMs: 0 is a try-lock: takes a free or stale lock at once, else fails at once without waiting", () => {
    const dir = tempDir().path;
    const path = join(dir, "l.lock");
    const first = acquireLock(path, { timeoutMs: 0 });
    const t = Date.now();
    expectCode(() => acquireLock(`${path}`, { timeoutMs: 0, intent: "probe" }), "ERR_RLM_USAGE"); // same thread
    first.release();
    writeFileSync(path, JSON.stringify({ pid: 1, host: "elsewhere", token: "t", acquired_at: Date.now() }));
    expectCode(() => acquireLock(path, { timeoutMs: 0 }), "ERR_RLM_LOCK_TIMEOUT");
    expect(Date.now() - t).toBeLessThan(1000); // no wait (the default would be 10 s)
    writeFileSync(
      path,
      JSON.stringify({ pid: 1, host: "elsewhere", token: "t", acquired_at: Date.now() - 60_000 }),
    );
    acquireLock(path, { timeoutMs: 0 }).release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
