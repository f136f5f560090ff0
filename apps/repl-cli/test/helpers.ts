import { join } from "node:path";
import { runNode, tempDir } from "@rlm/test-utils";

// rlm-repl as the agent runs it: the built bundle, a real child process. Needs
// `pnpm build` (turbo's test task builds first).
export const BIN = join(import.meta.dirname, "..", "bin", "rlm-repl.cjs");

export interface Sandbox {
  dir: string;
  /** Sessions root. */
  root: string;
  memoryDb: string;
  config: string;
  env: NodeJS.ProcessEnv;
}

/** A temp dir with a sessions root, a memory db path and a config path; nothing from the real home. */
export function sandbox(): Sandbox {
  const t = tempDir("rlm-repl-");
  const root = t.join("sessions");
  const memoryDb = t.join("memory", "rlm-memory.db");
  const config = t.join("rlm-config.json");
  return {
    dir: t.path,
    root,
    memoryDb,
    config,
    env: {
      HOME: t.join("home"),
      RLM_SESSIONS_DIR: root,
      RLM_MEMORY_DB: memoryDb,
      RLM_CONFIG: config,
      ANTHROPIC_API_KEY: "",
      ANTHROPIC_BASE_URL: "",
      PATH: "/usr/bin:/bin",
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: JSON documents printed by the CLI; the assertions check them
export type Json = any;

export interface ReplRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed (every run prints exactly one JSON document). */
  json: Json;
}

export async function repl(
  sb: Sandbox,
  op: string,
  args?: unknown,
  extra: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<ReplRun> {
  const argv = ["--op", op, ...(args === undefined ? [] : ["--args", JSON.stringify(args)]), ...extra];
  return run(sb, argv, env);
}

export async function run(sb: Sandbox, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<ReplRun> {
  const r = await runNode(BIN, argv, { ts: false, env: { ...sb.env, ...env } });
  let json: ReplRun["json"];
  try {
    json = JSON.parse(r.stdout);
  } catch {
    throw new Error(`rlm-repl ${argv.join(" ")} printed no JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, stdout: r.stdout, stderr: r.stderr, json };
}

/** Run and expect exit 0; returns the JSON result. */
export async function ok(
  sb: Sandbox,
  op: string,
  args?: unknown,
  extra: string[] = [],
  env: NodeJS.ProcessEnv = {},
) {
  const r = await repl(sb, op, args, extra, env);
  if (r.code !== 0) throw new Error(`rlm-repl --op ${op} exited ${r.code}: ${r.stdout}${r.stderr}`);
  return r.json;
}
