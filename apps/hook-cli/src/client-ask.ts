// The client's side of rlm-hook's helper: hand an event over with the waits a hook can
// afford, or say why the client must record it itself.
import { join } from "node:path";
import { ask, msFrom, type Outcome } from "@rlm/resident-helper/client";
import { BACKOFF_MS, forwardedEnv, HELPER_DIR, type HookReply } from "./helper-protocol.js";

/** At most this many requests wait for the helper (RLM_HOOK_HELPER_QUEUE overrides); more are recorded in-process. */
const MAX_QUEUE = 3;

export { msFrom };

/** Hand `bytes` (one hook event) to the helper of `root` and wait for its answer. */
export function askHelper(
  root: string,
  bytes: Buffer,
  env: NodeJS.ProcessEnv,
  corePath: string,
): Outcome<HookReply> {
  const sessionEnd = bytes.includes('"hook_event_name":"SessionEnd"');
  // A helper takes a request within milliseconds (at most 3 wait); one that does not within
  // 0.5 s is slow or stuck. Slow (its process runnable, or the requests ahead of this one
  // moving: a burst of parallel tool calls on a busy machine, a lock held by another
  // process) is waited for up to 0.5 s more; stuck (stopped, wedged) is not. Claude Code
  // gives all SessionEnd hooks 1.5 s together, the plugin's other hooks 5–30 s: the whole
  // wait stays under both (0.3 + 1 s, 0.5 + 0.5 + 2.5 s).
  const waitMs = msFrom(env.RLM_HOOK_HELPER_WAIT_MS, 500);
  return ask<HookReply>({
    dir: join(root, HELPER_DIR),
    root,
    corePath,
    env: forwardedEnv(env),
    body: bytes,
    maxQueue: msFrom(env.RLM_HOOK_HELPER_QUEUE, MAX_QUEUE),
    backoffMs: msFrom(env.RLM_HOOK_HELPER_BACKOFF_MS, BACKOFF_MS),
    unclaimedMs: sessionEnd ? Math.min(waitMs, 300) : waitMs,
    unclaimedGraceMs: sessionEnd ? 0 : 500,
    claimedMs: sessionEnd ? 1_000 : 2_500,
  });
}
