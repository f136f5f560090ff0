// Child process for the events test: `n` appendEvents calls (a counter, a tool output, a
// file entry each), or — with mode "fold" — `n` updates that fold the journal as they go.
import { createSessionStore } from "../../src/index.js";

const [root, sessionId, worker, n, mode] = process.argv.slice(2) as [string, string, string, string, string];
const store = createSessionStore({ root, lock: { timeoutMs: 30_000 }, fsync: false });
for (let i = 0; i < Number(n); i++) {
  if (mode === "fold")
    store.update(sessionId, (s) => {
      s.context.working_memory = {
        ...s.context.working_memory,
        folds: (Number(s.context.working_memory.folds) || 0) + 1,
      };
    });
  else
    store.appendEvents(sessionId, [
      { type: "count", trajectory: { appended: 1 }, byTool: `w${worker}` },
      { type: "tool_output", toolName: "Bash", content: `${worker}-${i}`, exitCode: 0 },
      { type: "file", path: `/p/w${worker}/f${i}`, hash: null, sizeBytes: i },
    ]);
}
process.stdout.write("done\n");
