import { spawnSync } from "node:child_process";
import { fsyncTree } from "./private-fs.js";

let syncfsWorks: boolean | null = null;

/**
 * Make staged folders durable before they are renamed into place. One syncfs(2) of the
 * sessions root's filesystem (`sync -f`) flushes a whole batch with a single journal
 * commit, where fsync per file costs one commit per file; where `sync -f` is not
 * available, every file and folder is fsynced.
 */
export function makeDurable(root: string, staged: string[]): "syncfs" | "fsync" {
  if (syncfsWorks !== false) {
    const r = spawnSync("sync", ["-f", root], { stdio: "ignore" });
    syncfsWorks = r.status === 0;
    if (syncfsWorks) return "syncfs";
  }
  for (const dir of staged) fsyncTree(dir);
  return "fsync";
}
