import { processIO } from "./io.js";
import { runCli } from "./run-cli.js";

// The bundle's entry (dist/plugin/rlm-repl.cjs). stdout is flushed before exiting.
runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
    process.stdout.write("", () => process.exit(code));
  },
  (err: unknown) => {
    process.stderr.write(`rlm-repl: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);
