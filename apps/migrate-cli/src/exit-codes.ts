/** 0: everything worked. */
export const EXIT_OK = 0;
/** 1: some sessions failed (the others were still migrated), verify found a difference, a rollback was partial, or an unexpected error. */
export const EXIT_FAILED = 1;
/** 2: usage error (unknown option, bad value, nothing to roll back). */
export const EXIT_USAGE = 2;

export const EXIT_CODES_HELP = `
Exit codes:
  0  everything worked (a second run that finds nothing to do also exits 0)
  1  some sessions failed (the others were still migrated), verify found a
     difference, a rollback could not undo everything, or an unexpected error
  2  usage error: unknown option, bad value, a run id that names no run,
     nothing to roll back
`;
