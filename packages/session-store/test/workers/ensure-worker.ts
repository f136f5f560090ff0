// Child process: ensure() one session (several run at once, like a doubled SessionStart).
import { createSessionStore } from "../../src/index.js";

const [root, sessionId] = process.argv.slice(2) as [string, string];
const { created } = createSessionStore({ root }).ensure(sessionId, { cwd: "/w" });
process.stdout.write(`${created ? "created" : "loaded"}\n`);
