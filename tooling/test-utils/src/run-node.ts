import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Node flags that let a child process run workspace TypeScript sources directly. Children
 * started this way should get `TSX_DISABLE_CACHE=1` (spawnNode sets it): tsx's cache is a
 * folder in $TMPDIR that would outlive the tests.
 */
export function tsxArgs(): string[] {
  return ["--conditions=source", "--import", require.resolve("tsx")];
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawn `node [tsx] script args…` as a real child process. */
export function spawnNode(
  script: string,
  args: string[] = [],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; ts?: boolean } = {},
): ChildProcess {
  const flags = opts.ts === false ? [] : tsxArgs();
  return spawn(process.execPath, [...flags, script, ...args], {
    env: { ...process.env, ...(opts.ts === false ? {} : { TSX_DISABLE_CACHE: "1" }), ...opts.env },
    cwd: opts.cwd,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** Run a child to completion, feeding `input` on stdin, collecting its output. */
export function runNode(
  script: string,
  args: string[] = [],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; ts?: boolean; input?: string | Buffer } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawnNode(script, args, opts);
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr?.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin?.end(opts.input ?? "");
  });
}
