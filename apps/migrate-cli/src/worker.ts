// The worker thread's entry (dist/worker.mjs): runs one library job for the main thread
// (see job/run-job.ts), so the main thread stays free to hear Ctrl-C.
import { isJobWorker, runWorkerJob } from "./job/worker-side.js";

if (isJobWorker()) await runWorkerJob();
