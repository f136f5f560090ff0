/** 0: the operation ran; its result is on stdout. */
export const EXIT_OK = 0;
/** 1: the operation failed; `{"error": {code, message, hint}}` is on stdout. */
export const EXIT_FAILED = 1;
/** 2: usage error (bad option, unknown op, --args not JSON or not fitting the op). */
export const EXIT_USAGE = 2;
/** 130: interrupted (Ctrl-C). */
export const EXIT_INTERRUPTED = 130;

export const EXIT_CODES_HELP = `Exit codes:
  0    the operation ran; its JSON result is on stdout
  1    the operation failed; {"error": {"code", "message", "hint"}} is on stdout
  2    usage error: unknown option or operation, --args that is not JSON or does
       not fit the operation (the same {"error": …} document is printed)
  130  interrupted (Ctrl-C); writes are atomic, nothing is left half-written
`;
