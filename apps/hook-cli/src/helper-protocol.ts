// rlm-hook's use of the resident helper (@rlm/resident-helper: the fifo, the queue, the
// waits): its directory, its core bundle and what a request carries of the environment.
import { forwardedEnv as forwardEnv } from "@rlm/resident-helper/client";

export { resolveRoot, SERVE_FLAG } from "@rlm/resident-helper/client";

/** `<root>/.rlm-hookd/`: the files of rlm-hook's helper for that root. */
export const HELPER_DIR = ".rlm-hookd";
/** How long clients leave a helper alone after it did not take a request in time (RLM_HOOK_HELPER_BACKOFF_MS). */
export const BACKOFF_MS = 10_000;
/** The core bundle, beside the client. */
export const CORE_FILE = "rlm-hook-core.cjs";

/** What the helper answers: what to print, and the event it recorded. */
export interface HookReply {
  stdout: string;
  event: string | null;
}

/** The variables the handlers read; a test holds this list to what @rlm/hooks' sources read. */
export const FORWARDED_ENV: readonly string[] = ["HOME", "CLAUDE_ENV_FILE", "CLAUDE_PROJECT_DIR"];

/** FORWARDED_ENV and every RLM_* variable: never an API key or anything else of the user's. */
export function forwardedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return forwardEnv(env, FORWARDED_ENV);
}
