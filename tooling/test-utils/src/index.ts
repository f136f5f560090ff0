export { chownToNobody, NOBODY, nobodyUnavailable, spawnAsNobody } from "./as-nobody.js";
export {
  fmt,
  machineLine,
  measure,
  nodeStartupFloor,
  rawAtomicWrite,
  type Stats,
  seededRandom,
  stats,
  table,
} from "./bench.js";
export { CLAUDE_SAMPLES_DIR, claudeHookSamples, claudeSamplePath } from "./claude-samples.js";
export { hashTree, readTree } from "./hash-tree.js";
export { type RunResult, runNode, spawnNode, tsxArgs } from "./run-node.js";
export { removeTempDir, type TempDir, type Tree, tempDir, tempTree } from "./temp-tree.js";
