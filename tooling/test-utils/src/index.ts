export { tempDir, tempTree, type TempDir, type Tree } from "./temp-tree.js";
export { runNode, spawnNode, tsxArgs, type RunResult } from "./run-node.js";
export { hashTree, readTree } from "./hash-tree.js";
