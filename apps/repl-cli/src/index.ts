export { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
export { type CliIO, processIO } from "./io.js";
export { runCli } from "./run-cli.js";
