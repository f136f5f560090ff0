/** 0: everything worked. */
export const EXIT_OK = 0;
/** 1: some sessions failed (the others were still migrated), verify found a difference, a rollback was partial, the target cannot take the run, or an unexpected error. */
export const EXIT_FAILED = 1;
/** 2: usage error (unknown option, bad value, nothing to roll back). */
export const EXIT_USAGE = 2;
/** 130: stopped by Ctrl-C (128 + SIGINT); run the same command again to resume. */
export const EXIT_INTERRUPTED = 130;

export const EXIT_CODES_HELP = `
Exit codes:
  0    everything worked (a second run that finds nothing to do also exits 0)
  1    some sessions failed (the others were still migrated), verify found a
       difference, a rollback could not undo everything, the sessions folder
       cannot be written (a dry run checks it), or an unexpected error
  2    usage error: unknown option, bad value, a folder that does not exist or
       is not the one meant, a run id that names no run, nothing to roll back
  130  stopped by Ctrl-C: what was done stays done; run the same command again
       to resume
`;
