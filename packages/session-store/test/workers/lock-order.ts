// Child process: take the lock at argv[2] (waiting in line), append argv[3] to the file
// argv[4], print "locked", hold it (argv[5]: milliseconds, or "stdin" = until a line
// arrives on stdin), release, print "released".
import { appendFileSync, readSync } from "node:fs";
import { acquireLock, sleepSync } from "../../src/index.js";

const [lockPath, id, outFile, hold] = process.argv.slice(2) as [string, string, string, string];
const lock = acquireLock(lockPath, { timeoutMs: 30_000 });
appendFileSync(outFile, `${id}\n`);
process.stdout.write("locked\n");
if (hold === "stdin") readSync(0, Buffer.alloc(1));
else sleepSync(Number(hold));
lock.release();
process.stdout.write("released\n");
