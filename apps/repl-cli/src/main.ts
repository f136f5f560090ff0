import { processIO } from "./io.js";
import { runCli } from "./run-cli.js";

export { serveHelper } from "./helper.js";

/**
 * rlm-repl in this process (rlm-repl-core.cjs, loaded by the client rlm-repl.cjs): the
 * exit code; the client flushes stdout and exits with it.
 */
export async function main(argv: string[]): Promise<number> {
  try {
    return await runCli(argv, processIO());
  } catch (err) {
    process.stderr.write(`rlm-repl: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}
