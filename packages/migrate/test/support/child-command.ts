import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { tsxArgs } from "@rlm/test-utils";

const PKG = join(import.meta.dirname, "..", "..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    newest = Math.max(newest, d.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Node flags for a child that imports @rlm/migrate: plain node when dist/ is newer than
 * src/ and loads (its dependencies built too: turbo's `test` depends on `build`), which
 * starts in a tenth of the time; else the sources through tsx.
 */
export function childNodeArgs(): string[] {
  try {
    const fresh = statSync(join(PKG, "dist", "index.mjs")).mtimeMs >= newestMtime(join(PKG, "src"));
    const loads = () =>
      spawnSync(process.execPath, ["--input-type=module", "-e", 'await import("@rlm/migrate")'], { cwd: PKG })
        .status === 0;
    if (fresh && loads()) return [];
  } catch {
    /* not built */
  }
  return tsxArgs();
}

export function spawnChild(script: string, args: string[], nodeArgs: string[]): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, script, ...args], {
    cwd: PKG,
    // tsx's cache is a folder in $TMPDIR that would outlive the tests.
    env: { ...process.env, TSX_DISABLE_CACHE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
