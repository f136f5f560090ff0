export { tempDir, tempTree, type TempDir, type Tree } from "./temp-tree.js";
export { runNode, spawnNode, tsxArgs, type RunResult } from "./run-node.js";
export { hashTree, readTree } from "./hash-tree.js";
export { fmt, machineLine, measure, nodeStartupFloor, rawAtomicWrite, type Stats, stats, table } from "./bench.js";
