/** Where the app writes; injectable so tests can run the program in process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Draw a progress bar (stderr is a terminal) instead of one line per session. */
  stderrIsTTY: boolean;
  columns: number;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns || 80, // 0 on a terminal that reports no size
    env: process.env,
  };
}
