// `pnpm bench`: the store's three benchmarks one after the other (each prints a markdown
// section); all run even when one misses a target, and the exit code says whether any did.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { tsxArgs } from "@rlm/test-utils";

let failed = 0;
for (const bench of ["store.bench.ts", "import-cost.ts", "lock-wait.ts"]) {
  const r = spawnSync(process.execPath, [...tsxArgs(), join(import.meta.dirname, bench)], {
    stdio: "inherit",
    env: { ...process.env, TSX_DISABLE_CACHE: "1" },
  });
  if (r.status !== 0) failed++;
  console.log("");
}
process.exitCode = failed > 0 ? 1 : 0;
