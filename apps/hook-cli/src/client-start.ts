// Starting rlm-hook's resident helper for a sessions root.
import { join } from "node:path";
import { startHelper } from "@rlm/resident-helper/client";
import { forwardedEnv, HELPER_DIR } from "./helper-protocol.js";

/** Start a helper for `root` unless one is starting already, or the last start failed lately. Never throws. */
export function startHookHelper(root: string, clientPath: string): void {
  // its own environment: what the handlers read and PATH (for mkfifo), never the rest of
  // the user's (API keys, NODE_OPTIONS) for the helper's whole life
  startHelper(join(root, HELPER_DIR), root, clientPath, {
    ...forwardedEnv(process.env),
    ...(process.env.PATH === undefined ? {} : { PATH: process.env.PATH }),
  });
}
