import { MigrationError } from "../errors/migration-error.js";

/** The error a run stopped on request (`shouldStop`, Ctrl-C in the CLI) ends with: resumable. */
export function interrupted(runId: string | null, done: number, total: number): MigrationError {
  const where = runId === null ? "nothing was written yet" : `run ${runId} is kept unfinished`;
  return new MigrationError(`interrupted after ${done} of ${total} session(s); ${where}`, {
    hint: "run the same command again: it resumes the run where it stopped and finishes it",
  });
}

/** Stopped while the backup was being copied (no session written yet). */
export function interruptedDuringBackup(): MigrationError {
  return new MigrationError("interrupted while backing up the legacy files; no session was written yet", {
    hint: "run the same command again: it starts (or resumes) the backup and finishes the run",
  });
}
