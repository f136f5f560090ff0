import { spawnSync } from "node:child_process";

export interface Sent {
  event: string;
  ms: number;
}

/**
 * One hook event through the built rlm-hook, as Claude Code runs it: a child process, the
 * payload on stdin. It must exit 0 and print nothing (no event here means to print).
 */
export function sendHook(bundle: string, payload: Record<string, unknown>, env: NodeJS.ProcessEnv): Sent {
  const t = performance.now();
  const r = spawnSync(process.execPath, [bundle], { input: JSON.stringify(payload), env, encoding: "utf8" });
  const ms = performance.now() - t;
  const event = String(payload.hook_event_name);
  if (r.error) throw r.error;
  if (r.status !== 0 || (r.stdout !== "" && event !== "SessionStart"))
    throw new Error(
      `rlm-hook ${event}: exit ${r.status}, stdout ${JSON.stringify(r.stdout)}, stderr ${r.stderr}`,
    );
  return { event, ms };
}
