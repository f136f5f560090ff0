import { Worker } from "node:worker_threads";
import type { CliIO } from "../io.js";
import { executeJob, type Job, type JobError, type JobEvent, toJobError } from "./job.js";
import type { WorkerMessage } from "./worker-side.js";

export type JobOutcome =
  | { type: "done"; result: unknown }
  | { type: "error"; error: JobError }
  /** Stopped by Ctrl-C; `error` is the library's own account of where it stopped, when it had time to say. */
  | { type: "interrupted"; error: JobError | null };

/** After the first Ctrl-C, how long a run may take to stop at a session boundary. */
const GRACE_MS = 5_000;

/**
 * Run a job. With a worker script (the bins pass theirs), the library runs in a worker
 * thread so this thread stays free for Ctrl-C: the first asks the run to stop at the next
 * session (what is done stays done, and the run can be resumed), a second one or the grace
 * period ends the worker at once (as safe as a kill: the next run cleans up and resumes).
 * Without one (tests in process), the job runs here and Ctrl-C keeps Node's default.
 */
export async function runJob(
  job: Job,
  io: CliIO,
  onEvent: (e: JobEvent) => void,
  onInterrupt: () => void,
): Promise<JobOutcome> {
  if (io.worker === undefined) {
    try {
      return { type: "done", result: await executeJob(job, onEvent, () => false) };
    } catch (err) {
      return { type: "error", error: toJobError(err) };
    }
  }
  const stop = new SharedArrayBuffer(4);
  const flag = new Int32Array(stop);
  const worker = new Worker(io.worker, { workerData: { rlmMigrateJob: job, stop } });
  return await new Promise<JobOutcome>((resolve) => {
    let interrupted = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (outcome: JobOutcome) => {
      if (settled) return;
      settled = true;
      removeSigint();
      if (timer) clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    const removeSigint = io.onSigint(() => {
      if (interrupted) {
        finish({ type: "interrupted", error: null });
        return;
      }
      interrupted = true;
      onInterrupt();
      // Only a migration writes a run that is worth ending cleanly; the rest end at once.
      if (job.kind !== "migrate") {
        finish({ type: "interrupted", error: null });
        return;
      }
      Atomics.store(flag, 0, 1);
      timer = setTimeout(() => finish({ type: "interrupted", error: null }), GRACE_MS);
    });
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "event") onEvent(m.event as JobEvent);
      else if (m.type === "done") finish({ type: "done", result: m.result });
      else finish(interrupted ? { type: "interrupted", error: m.error } : { type: "error", error: m.error });
    });
    worker.on("error", (err) => finish({ type: "error", error: toJobError(err) }));
    worker.on("exit", (code) => {
      if (!settled)
        finish(
          interrupted
            ? { type: "interrupted", error: null }
            : { type: "error", error: toJobError(new Error(`the worker stopped with exit code ${code}`)) },
        );
    });
  });
}
