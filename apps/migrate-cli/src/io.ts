/** Where the app writes; injectable so tests can run the program in process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Draw a progress bar (stderr is a terminal) instead of one line per session. */
  stderrIsTTY: boolean;
  columns: number;
  env: NodeJS.ProcessEnv;
  /** Handle Ctrl-C (SIGINT) while a job runs; returns the function that removes the handler. */
  onSigint(handler: () => void): () => void;
  /**
   * The script a worker thread runs the library in (the bin's own worker entry), so that
   * Ctrl-C is heard while a long synchronous run goes on. Absent: run in this thread.
   */
  worker?: string | URL;
}

export function processIO(worker?: string | URL): CliIO {
  // `rlm-migrate --dry-run | head`: once the reader is gone, drop the rest of the output
  // instead of dying on EPIPE (the run itself goes on and finishes).
  let closed = false;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    closed = true;
  });
  return {
    stdout: (t) => {
      if (!closed) process.stdout.write(t);
    },
    stderr: (t) => process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns || 80, // 0 on a terminal that reports no size
    env: process.env,
    onSigint: (handler) => {
      process.on("SIGINT", handler);
      return () => process.off("SIGINT", handler);
    },
    worker,
  };
}
