import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WORKERS } from "./child.js";

/**
 * Bundle a worker (and the package sources it imports) into one .mjs with the repo's build
 * tool, so a child starts in ~0.15 s instead of ~0.5 s under tsx: the crash test starts 50
 * of them. Falls back to running the .ts file through tsx when bundling is unavailable.
 */
export async function bundleWorker(name: string): Promise<{ script: string; ts: boolean }> {
  const source = join(WORKERS, name);
  try {
    const { build } = await import("tsdown");
    const outDir = mkdtempSync(join(tmpdir(), "rlm-worker-"));
    await build({
      entry: { worker: source },
      outDir,
      format: "esm",
      platform: "node",
      dts: false,
      noExternal: [/.*/],
      logLevel: "silent",
      config: false,
      inputOptions: { resolve: { conditionNames: ["source", "import", "default"] } },
    });
    return { script: join(outDir, "worker.mjs"), ts: false };
  } catch {
    return { script: source, ts: true };
  }
}
