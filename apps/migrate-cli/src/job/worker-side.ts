import { parentPort, workerData } from "node:worker_threads";
import { executeJob, type Job, toJobError } from "./job.js";

/** What the main thread hands a worker: the job and a one-slot stop flag (1 = stop). */
export interface WorkerInput {
  rlmMigrateJob: Job;
  stop: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: "event"; event: unknown }
  | { type: "done"; result: unknown }
  | { type: "error"; error: ReturnType<typeof toJobError> };

/** True when this thread was started by `runJob` (see run-job.ts) to run a job. */
export function isJobWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerInput> | null)?.rlmMigrateJob !== undefined;
}

/** The worker's side: run the job, stream its events, post its result or error. */
export async function runWorkerJob(): Promise<void> {
  const input = workerData as WorkerInput;
  const flag = new Int32Array(input.stop);
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  try {
    const result = await executeJob(
      input.rlmMigrateJob,
      (event) => post({ type: "event", event }),
      () => Atomics.load(flag, 0) === 1,
    );
    post({ type: "done", result });
  } catch (err) {
    post({ type: "error", error: toJobError(err) });
  }
}
