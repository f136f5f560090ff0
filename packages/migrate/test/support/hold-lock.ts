// Child for the contention test: take the run lock of a sessions root, say so, then wait to be killed.
import { join } from "node:path";
import { acquireLock } from "@rlm/session-store";

acquireLock(join(process.argv[2]!, ".rlm-migrate.lock"));
process.stdout.write("held\n");
setInterval(() => {}, 1000);
