// Child process for the multi-process test: `n` read-modify-write updates on one session,
// each incrementing a counter and appending a unique marker.
import { createSessionStore } from "../../src/index.js";

const [root, sessionId, worker, n] = process.argv.slice(2) as [string, string, string, string];
const store = createSessionStore({ root, lock: { timeoutMs: 30_000 } });
for (let i = 0; i < Number(n); i++) {
  store.update(sessionId, (s) => {
    const wm = s.context.working_memory;
    const markers = Array.isArray(wm.markers) ? (wm.markers as string[]) : [];
    s.context.working_memory = {
      ...wm,
      counter: (Number(wm.counter) || 0) + 1,
      markers: [...markers, `${worker}-${i}`],
    };
  });
}
process.stdout.write("done\n");
