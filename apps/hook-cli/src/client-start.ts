// Starting a resident helper for a sessions root: at most one start at a time (the
// `starting` marker), none for a while after a failed one (`start-failed`).
import { renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  forwardedEnv,
  HELPER_DIR,
  mkdirIfMissing,
  SERVE_FLAG,
  START_FAILED,
  START_FAILED_MS,
  STARTING,
  STARTING_STALE_MS,
} from "./helper-protocol.js";

/** Start a helper for `root` unless one is starting already, or the last start failed lately. Never throws. */
export function startHelper(root: string, clientPath: string): void {
  try {
    const dir = join(root, HELPER_DIR);
    const failed = statSync(join(dir, START_FAILED), { throwIfNoEntry: false });
    if (failed !== undefined && Date.now() - failed.mtimeMs < START_FAILED_MS) return;
    mkdirIfMissing(dir); // not -p: the event just recorded made the root
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
    // (required here, not at the top: node:child_process loads the stream machinery)
    const { spawn } = require("node:child_process") as typeof import("node:child_process");
    // its own environment: what the handlers read and PATH (for mkfifo), never the rest of
    // the user's (API keys, NODE_OPTIONS) for the helper's whole life
    spawn(process.execPath, [clientPath, SERVE_FLAG, root], {
      detached: true,
      stdio: "ignore",
      cwd: dir,
      env: {
        ...forwardedEnv(process.env),
        ...(process.env.PATH === undefined ? {} : { PATH: process.env.PATH }),
      },
    }).unref();
  } catch {
    // a helper is an optimisation: without one, every event is recorded in-process
  }
}
