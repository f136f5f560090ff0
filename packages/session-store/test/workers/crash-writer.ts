// Child process for the crash test: increments working_memory.counter in a loop through
// `update` and prints each committed value after update returns, until killed. A third
// argument "relaxed" opens the store with `fsync: false`.
import { createSessionStore } from "../../src/index.js";

const [root, sessionId, mode] = process.argv.slice(2) as [string, string, string | undefined];
const store = createSessionStore({ root, lock: { timeoutMs: 5000 }, fsync: mode !== "relaxed" });
for (;;) {
  const state = store.update(sessionId, (s) => {
    const counter =
      typeof s.context.working_memory.counter === "number" ? s.context.working_memory.counter : 0;
    s.context.working_memory = {
      ...s.context.working_memory,
      counter: counter + 1,
      pad: "x".repeat(counter % 7000),
    };
  });
  process.stdout.write(`${state.context.working_memory.counter}\n`);
}
