import { type SpawnSyncOptions, type SpawnSyncReturns, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";

/** uid and gid of `nobody` on Linux. */
export const NOBODY = 65534;

const DROP = [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups"];

// Runs as nobody: exits 1 naming the first path it cannot read (or traverse, for a folder).
const PROBE = `const fs = require("node:fs");
for (const p of process.argv.slice(1)) {
  try { fs.accessSync(p, fs.constants.R_OK | (fs.statSync(p).isDirectory() ? fs.constants.X_OK : 0)); }
  catch (e) { console.error(p + ": " + e.code); process.exit(1); }
}`;

/**
 * Why a test cannot run a child process as `nobody` here, or null when it can. Root is
 * needed to drop privileges (`setpriv`), and nobody must reach node, $TMPDIR and every
 * path in `needs` (a checkout inside a private `mktemp -d` folder is out of its reach:
 * copy what the child runs into a temp dir instead). Use the reason in the skip message.
 */
export function nobodyUnavailable(needs: string[] = []): string | null {
  if (process.getuid?.() !== 0) return "needs root to run a child as nobody";
  if (spawnSync("setpriv", ["--version"], { stdio: "ignore" }).status !== 0)
    return "setpriv (util-linux) is not installed";
  const r = spawnSync("setpriv", [...DROP, process.execPath, "-e", PROBE, tmpdir(), ...needs], {
    encoding: "utf8",
  });
  if (r.status !== 0) return `nobody cannot reach ${(r.stderr || r.error?.message || "node").trim()}`;
  return null;
}

/** Run `command args…` as nobody (see `nobodyUnavailable`), synchronously. */
export function spawnAsNobody(
  command: string,
  args: string[],
  options: SpawnSyncOptions = {},
): SpawnSyncReturns<string> {
  return spawnSync("setpriv", [...DROP, command, ...args], {
    encoding: "utf8",
    ...options,
  }) as SpawnSyncReturns<string>;
}

/** `chown -R nobody:nobody path`. */
export function chownToNobody(path: string): void {
  const r = spawnSync("chown", ["-R", `${NOBODY}:${NOBODY}`, path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`chown -R nobody ${path} failed: ${r.stderr}`);
}
