// Child process: append `n` large reasoning-trace lines (sizes well above PIPE_BUF).
import { createSessionStore } from "../../src/index.js";

const [root, sessionId, worker, n, size] = process.argv.slice(2) as [string, string, string, string, string];
const store = createSessionStore({ root, lock: { timeoutMs: 30_000 } });
for (let i = 0; i < Number(n); i++) {
  const pad = String.fromCharCode(97 + (Number(worker) % 26)).repeat(Number(size) + ((i * 7919) % 50_000));
  store.appendTrace(sessionId, { kind: "big", worker: Number(worker), i, pad });
}
process.stdout.write("done\n");
