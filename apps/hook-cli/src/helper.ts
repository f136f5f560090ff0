// rlm-hook's resident helper: records the events its short-lived clients hand it, with
// warm code (@rlm/resident-helper serves the fifo; docs/decisions.md §25 for why). It runs
// the same runHook a client would run in-process, so what reaches the disk is the same
// either way.
import { join, resolve } from "node:path";
import { coreIdentity } from "@rlm/resident-helper/client";
import { serveHelper as serve } from "@rlm/resident-helper/serve";
import { logHookError } from "./error-log.js";
import { HELPER_DIR, type HookReply } from "./helper-protocol.js";
import { runHook } from "./run-hook.js";

/** A helper exits after this long without a request (RLM_HOOK_HELPER_IDLE_MS overrides). */
export const HELPER_IDLE_MS = 15 * 60_000;

/** Serve `root` until idle, replaced, or the root is gone. Logs its own failures; never throws. */
export function serveHelper(rootArg: string): void {
  const root = resolve(rootArg);
  serve<HookReply>({
    root,
    dir: join(root, HELPER_DIR),
    identity: coreIdentity(__filename),
    idleMs: Number(process.env.RLM_HOOK_HELPER_IDLE_MS ?? HELPER_IDLE_MS) || HELPER_IDLE_MS,
    handle: (header, body) => {
      const run = runHook(body, { root, env: header.env });
      return { reply: { stdout: run.stdout, event: run.event } };
    },
    fail: (message) => logHookError(root, { code: "ERR_RLM_HELPER", message }),
  });
}
