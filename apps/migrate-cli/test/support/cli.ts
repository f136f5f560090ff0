import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { runNode, tempDir } from "@rlm/test-utils";
import { generateLegacy } from "../../../../packages/migrate/test/support/generate-legacy.js";

// rlm-migrate as users run it: the built bin (or the single-file plugin bundle) in a child
// process. Needs the build (turbo's `test` task depends on `build`).

export const APP = join(import.meta.dirname, "..", "..");
export const BIN = join(APP, "bin", "rlm-migrate.js");
export const BUNDLE = join(APP, "dist", "plugin", "rlm-migrate.cjs");
export const FIXTURES = join(APP, "..", "..", "packages", "migrate", "__fixtures__");

/** Children never see the developer's own Claude folder or sessions root. */
export const CLEAN_ENV = {
  HOME: "/nonexistent-home",
  CLAUDE_CONFIG_DIR: "",
  RLM_SESSIONS_DIR: "",
};

export function assertBuilt(): void {
  for (const f of [join(APP, "dist", "index.mjs"), join(APP, "dist", "worker.mjs"), BUNDLE])
    if (!existsSync(f))
      throw new Error(`build first: pnpm turbo run build --filter=@rlm/migrate-cli... (missing ${f})`);
}

export const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runNode(BIN, args, { ts: false, env: { ...CLEAN_ENV, ...env } });

/** A temp copy of a fixture case's legacy folders; `where` are the options pointing at it. */
export function legacyCopy(name: string) {
  const dir = tempDir("rlm-cli-");
  const legacy = dir.join("legacy");
  cpSync(join(FIXTURES, name, "legacy"), legacy, { recursive: true, verbatimSymlinks: true });
  const root = dir.join("sessions");
  // An empty Claude Code folder (--claude-dir must exist): no transcript is found on disk.
  mkdirSync(dir.join("claude"));
  /** The run's options with another sessions root. */
  const whereFor = (sessions: string) => [
    "--legacy-dir",
    legacy,
    "--sessions-dir",
    sessions,
    "--claude-dir",
    dir.join("claude"),
  ];
  return { dir, legacy, root, where: whereFor(root), whereFor };
}

/** A generated legacy corpus of `sessions` sessions (see packages/migrate's generator), in ~/.claude shape. */
export function generated(sessions: number, toolOutputs = 3) {
  const dir = tempDir("rlm-cli-gen-");
  const claude = dir.join("home", ".claude");
  generateLegacy(claude, { sessions, seed: 11, toolOutputs, claudeDir: claude });
  const root = dir.join("sessions");
  return {
    dir,
    claude,
    root,
    where: ["--legacy-dir", claude, "--claude-dir", claude, "--sessions-dir", root],
  };
}

/** stdout holds exactly one JSON object and nothing else. */
export function oneObject(stdout: string): Record<string, unknown> {
  const value = JSON.parse(stdout) as unknown;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`not one JSON object: ${stdout.slice(0, 200)}`);
  return value as Record<string, unknown>;
}
