// Shared by the helper tests: a temporary HOME, the built rlm-hook, and ways to look at
// the helper of its sessions root.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { install } from "./cli.js";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A PATH with no mkfifo on it (node itself is started by absolute path). */
export function h0EmptyPath(): string {
  return "/nonexistent-rlm-test-path";
}

export function setup(extraEnv: Record<string, string> = {}) {
  const i = install();
  const hookd = join(i.root, ".rlm-hookd");
  const helperPid = (): number | null => {
    try {
      return (JSON.parse(readFileSync(join(hookd, "helper.json"), "utf8")) as { pid: number }).pid;
    } catch {
      return null;
    }
  };
  const prompt = async (text: string, env: Record<string, string> = {}) => {
    const r = await i.run(
      { session_id: "s1", hook_event_name: "UserPromptSubmit", prompt: text, cwd: i.project },
      [],
      { RLM_HOOK_TRACE: "1", ...extraEnv, ...env },
    );
    expect([r.code, r.stdout]).toEqual([0, ""]);
    return r.stderr.trim();
  };
  const prompts = () =>
    (
      JSON.parse(readFileSync(join(i.root, "s1", "session.json"), "utf8")) as {
        trajectory: { prompts: number };
      }
    ).trajectory.prompts;
  const stopHelper = async () => {
    const pid = helperPid();
    if (pid !== null) {
      process.kill(pid, "SIGTERM");
      await until("the helper to exit", () => !alive(pid));
    }
  };
  return { ...i, hookd, helperPid, prompt, prompts, stopHelper };
}
