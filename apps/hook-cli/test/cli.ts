import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunResult, runNode, tempDir } from "@rlm/test-utils";

/** The built single-file bundle: exactly what the plugin runs. */
export const HOOK_BIN = fileURLToPath(new URL("../dist/plugin/rlm-hook.cjs", import.meta.url));

/** A temporary HOME with the sessions root at its default place, and a project directory. */
export function install() {
  const tmp = tempDir("rlm-hook-");
  const home = tmp.join("home");
  const project = tmp.join("project");
  mkdirSync(home);
  mkdirSync(project);
  const root = join(home, ".claude", "rlm-sessions");
  const env = { HOME: home, RLM_SESSIONS_DIR: "", RLM_CONFIG: "" };
  const run = (
    payload: unknown,
    args: string[] = [],
    extraEnv: Record<string, string> = {},
  ): Promise<RunResult> =>
    runNode(HOOK_BIN, args, {
      ts: false,
      env: { ...env, ...extraEnv },
      cwd: project,
      input: typeof payload === "string" || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload),
    });
  const errorLog = (): Array<Record<string, unknown>> => {
    try {
      return readFileSync(join(root, "hook-errors.log"), "utf8")
        .trim()
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => JSON.parse(l));
    } catch {
      return [];
    }
  };
  return { tmp, home, project, root, run, errorLog };
}

/** Every path under `dir` (files, links, dirs), relative. */
export function listTree(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    out.push(p.slice(base.length + 1));
    if (e.isDirectory()) out.push(...listTree(p, base));
  }
  return out.sort();
}

/** A hook run must look like this to Claude Code: exit 0 and nothing on stdout (unless an event means to print). */
export function expectQuiet(r: RunResult): void {
  if (r.code !== 0 || r.stdout !== "")
    throw new Error(
      `expected exit 0 and empty stdout, got code ${r.code}, stdout ${JSON.stringify(r.stdout.slice(0, 200))}, stderr ${r.stderr.slice(0, 500)}`,
    );
}
