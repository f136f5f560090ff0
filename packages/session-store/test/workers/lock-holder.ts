// Child process: take the lock at argv[2], print "locked", hold it for argv[3] ms (or until killed), release.
import { acquireLock, sleepSync } from "../../src/index.js";

const [lockPath, holdMs] = process.argv.slice(2) as [string, string];
const lock = acquireLock(lockPath, { timeoutMs: 5000 });
process.stdout.write("locked\n");
sleepSync(Number(holdMs));
lock.release();
process.stdout.write("released\n");
