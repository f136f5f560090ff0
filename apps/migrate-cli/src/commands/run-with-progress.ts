import { EXIT_INTERRUPTED } from "../exit-codes.js";
import type { CliIO } from "../io.js";
import type { Job } from "../job/job.js";
import { runJob } from "../job/run-job.js";
import { printError } from "../print-error.js";
import { progressRenderer } from "../render/progress.js";

const STOPPED: Record<Job["kind"], string> = {
  migrate:
    "Nothing is lost: sessions already written stay whole, the legacy files are untouched.\n" +
    "Run the same command again to resume: it finishes the run where it stopped.",
  plan: "Nothing was written (a dry run changes nothing).",
  verify: "Nothing was written (verify changes nothing); run it again for the full result.",
  rollback: "Run the same --rollback command again to finish undoing the run.",
};

/**
 * Run one library job with progress on stderr and the Ctrl-C behaviour of run-job.ts.
 * Returns the job's result, or the exit code already decided (error printed, or stopped).
 */
export async function runWithProgress(
  io: CliIO,
  json: boolean,
  job: Job,
): Promise<{ result: unknown } | { exit: number }> {
  const progress = progressRenderer(io, json);
  const outcome = await runJob(job, io, progress, () => {
    progress.clear();
    if (job.kind === "migrate")
      io.stderr("Stopping after the current session… (press Ctrl-C again to stop at once)\n");
  });
  progress.clear();
  if (outcome.type === "done") return { result: outcome.result };
  if (outcome.type === "error") return { exit: printError(io, json, outcome.error) };
  // The library's own account ("interrupted after 5 of 300 session(s); run … is kept
  // unfinished") when the run stopped at a session boundary; else it was ended at once.
  const message = outcome.error?.message ?? "interrupted";
  if (json) {
    io.stdout(
      `${JSON.stringify({ kind: "error", code: "ERR_RLM_MIGRATION", interrupted: true, message, hint: STOPPED[job.kind] }, null, 2)}\n`,
    );
  }
  io.stderr(`rlm-migrate: ${message}\n${STOPPED[job.kind]}\n`);
  return { exit: EXIT_INTERRUPTED };
}
