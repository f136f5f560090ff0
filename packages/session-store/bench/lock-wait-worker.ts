// Child process of lock-wait.ts: a writer that runs `n` update()s on one session as fast as
// it can, or (role "reader") a reader that loads and lists until a stop file appears. It prints
// "ready", waits for one line on stdin (so every child starts at once), then works and
// prints its timings as JSON.
import { existsSync, readSync } from "node:fs";
import { createSessionStore } from "../src/index.js";

const [root, sessionId, role, n, fsync] = process.argv.slice(2) as [string, string, string, string, string];
const store = createSessionStore({ root, fsync: fsync !== "false", lock: { timeoutMs: 30_000 } });
process.stdout.write("ready\n");
readSync(0, Buffer.alloc(1)); // the go signal

if (role === "reader") {
  // `n` is the path of a file the parent creates when the writers are done
  let reads = 0;
  const stopAt = Date.now() + 120_000;
  while (!existsSync(n) && Date.now() < stopAt) {
    store.load(sessionId);
    if (reads % 10 === 0) store.list();
    reads++;
  }
  process.stdout.write(`${JSON.stringify({ reads })}\n`);
} else {
  const waits: number[] = [];
  const totals: number[] = [];
  const failures: string[] = [];
  const spans: [number, number][] = []; // [mutator ran, update returned], ms since the epoch
  for (let i = 0; i < Number(n); i++) {
    const t0 = performance.now();
    let t1 = Number.NaN;
    try {
      store.update(sessionId, (s) => {
        t1 = performance.now();
        s.context.working_memory[`writer-${role}`] = i;
        s.budget = { ...s.budget, total_recursive_calls: s.budget.total_recursive_calls + 1 };
      });
    } catch (err) {
      failures.push((err as { code?: string }).code ?? String(err));
    }
    const t2 = performance.now();
    waits.push(t1 - t0);
    totals.push(t2 - t0);
    spans.push([performance.timeOrigin + t1, performance.timeOrigin + t2]);
  }
  process.stdout.write(`${JSON.stringify({ waits, totals, failures, spans })}\n`);
}
