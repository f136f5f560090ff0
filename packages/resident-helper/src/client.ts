// What a short-lived client loads: node:fs, node:path and node:os only.
export { type AskOptions, ask, nap, type Outcome } from "./ask.js";
export * from "./protocol.js";
export { startHelper } from "./start.js";
export { writeOut } from "./write-out.js";
