import type {
  LocationOptions,
  MigrateOptions,
  MigrationEvent,
  PlanOptions,
  RollbackOptions,
} from "@rlm/migrate";

/** One library call the CLI makes, as plain data (it crosses into a worker thread). */
export type Job =
  | { kind: "migrate"; options: Omit<MigrateOptions, "onEvent" | "shouldStop"> }
  | { kind: "plan"; options: Omit<PlanOptions, "onEvent"> }
  | { kind: "verify"; options: LocationOptions }
  | { kind: "rollback"; options: RollbackOptions };

/** Progress the library reports while a job runs (the report itself comes with the result). */
export type JobEvent =
  | Exclude<MigrationEvent, { type: "finish" }>
  | { type: "planned"; index: number; total: number; sessionId: string };

/** An error as it crosses the thread boundary: what the CLI prints and maps to an exit code. */
export interface JobError {
  name: string;
  code: string | undefined;
  message: string;
  hint: string | undefined;
  stack: string | undefined;
  syscall: string | undefined;
}

export function toJobError(err: unknown): JobError {
  const e = (err ?? {}) as Partial<Error & { code: unknown; hint: unknown; syscall: unknown }>;
  return {
    name: typeof e.name === "string" ? e.name : "Error",
    code: typeof e.code === "string" ? e.code : undefined,
    message: typeof e.message === "string" ? e.message : String(err),
    hint: typeof e.hint === "string" ? e.hint : undefined,
    stack: typeof e.stack === "string" ? e.stack : undefined,
    syscall: typeof e.syscall === "string" ? e.syscall : undefined,
  };
}

/**
 * Run a job in this thread. `shouldStop` is asked between sessions (migrate only: the
 * other jobs write nothing that a stop could leave half done, or finish on a re-run).
 */
export async function executeJob(
  job: Job,
  onEvent: (e: JobEvent) => void,
  shouldStop: () => boolean,
): Promise<unknown> {
  const lib = await import("@rlm/migrate");
  const forward = (e: MigrationEvent) => {
    if (e.type !== "finish") onEvent(e);
  };
  switch (job.kind) {
    case "migrate":
      return lib.migrate({ ...job.options, onEvent: forward, shouldStop });
    case "plan":
      return lib.planMigration({ ...job.options, onEvent });
    case "verify":
      return lib.verifyMigration(job.options);
    case "rollback":
      return lib.rollback(job.options);
  }
}
