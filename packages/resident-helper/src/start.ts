// Starting a resident helper: at most one start at a time (the `starting` marker), none
// for a while after a failed one (`start-failed`).
import { renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  mkdirIfMissing,
  SERVE_FLAG,
  START_FAILED,
  START_FAILED_MS,
  STARTING,
  STARTING_STALE_MS,
} from "./protocol.js";

/**
 * Start `node <clientPath> --serve-helper <root>` detached, with `env` as its whole
 * environment, unless a helper of `dir` is starting already or its last start failed
 * lately. `dir`'s parent (the root) must exist. Never throws.
 */
export function startHelper(dir: string, root: string, clientPath: string, env: NodeJS.ProcessEnv): void {
  try {
    const failed = statSync(join(dir, START_FAILED), { throwIfNoEntry: false });
    if (failed !== undefined && Date.now() - failed.mtimeMs < START_FAILED_MS) return;
    mkdirIfMissing(dir); // not -p: a root that does not exist is not made here
    const marker = join(dir, STARTING);
    try {
      writeFileSync(marker, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
    } catch {
      if (Date.now() - statSync(marker).mtimeMs < STARTING_STALE_MS) return;
      const stale = `${marker}.${process.pid}.stale`;
      renameSync(marker, stale); // only one of the clients that found it stale wins the rename
      unlinkSync(stale);
      writeFileSync(marker, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
    }
    // (loaded here, not at the top: node:child_process loads the stream machinery)
    const { spawn } = process.getBuiltinModule("node:child_process") as typeof import("node:child_process");
    spawn(process.execPath, [clientPath, SERVE_FLAG, root], {
      detached: true,
      stdio: "ignore",
      cwd: dir,
      env,
    }).unref();
  } catch {
    // a helper is an optimisation: without one, every client does its own work
  }
}
