// Entry of the single-file plugin bundle (dist/plugin/rlm-migrate.cjs, every dependency
// inlined, shipped as plugin/bin/rlm-migrate.cjs): the same file is the CLI in the main
// thread and the library's worker in a worker thread.
import { processIO } from "./io.js";
import { isJobWorker, runWorkerJob } from "./job/worker-side.js";
import { main } from "./main.js";

if (isJobWorker()) void runWorkerJob();
else
  void main(process.argv.slice(2), processIO(__filename)).then((code) => {
    process.exitCode = code;
  });
