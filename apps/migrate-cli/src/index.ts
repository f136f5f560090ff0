export { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
export { type CliIO, processIO } from "./io.js";
export { main } from "./main.js";
export { buildProgram } from "./program.js";
