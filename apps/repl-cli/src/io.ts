import type { Bridge } from "@rlm/repl-bridge";

/** Where the CLI writes; injectable so tests can run it in process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Subscribe to Ctrl-C; returns the unsubscribe function. */
  onInterrupt(handler: () => void): () => void;
  /**
   * A long-lived bridge for these options, which the run must not close (the resident
   * helper's, kept between requests). Absent: the run opens its own and closes it.
   */
  bridgeFor?: (options: { env: NodeJS.ProcessEnv; sessionsDir?: string }) => Bridge;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    onInterrupt: (handler) => {
      process.on("SIGINT", handler);
      return () => process.off("SIGINT", handler);
    },
  };
}
