// Child process: take the lock at argv[2] (with the JSON intent argv[4], if given), print
// "locked <recovered owners as JSON>", hold it for argv[3] ms (or until killed), release.
import { acquireLock, sleepSync } from "../../src/index.js";

const [lockPath, holdMs, intent] = process.argv.slice(2) as [string, string, string | undefined];
const lock = acquireLock(lockPath, {
  // Long: in a test several of these wait in line until the slowest one has started.
  timeoutMs: 30_000,
  ...(intent === undefined ? {} : { intent: JSON.parse(intent) as unknown }),
});
process.stdout.write(`locked ${JSON.stringify(lock.recovered)}\n`);
sleepSync(Number(holdMs));
lock.release();
process.stdout.write("released\n");
