import { closeSync, constants, openSync, readFileSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { mkdirpSync } from "@rlm/session-store";

// ~/.claude/rlm-config.json, shared with the rest of the plugin (LEGACY-REPL.md). The hooks
// read the `sessions` section; SessionStart creates the file with defaults when it is
// missing, and never overwrites one (O_EXCL), whatever it holds.

export interface SessionsConfig {
  /** Redact secrets in what is persisted from tools (default true). */
  redact_secrets: boolean;
  /** SessionEnd archives ended sessions older than this many days (null: never). */
  archive_after_days: number | null;
}

export const DEFAULT_CONFIG = {
  activation: { mode: "complexity" },
  depth: { default: 2, max: 3 },
  sessions: { redact_secrets: true, archive_after_days: null } satisfies SessionsConfig,
};

/** $RLM_CONFIG, else ~/.claude/rlm-config.json (HOME from `env`). */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RLM_CONFIG && env.RLM_CONFIG.trim() !== "") return env.RLM_CONFIG;
  return join(env.HOME && env.HOME !== "" ? env.HOME : homedir(), ".claude", "rlm-config.json");
}

/**
 * The `sessions` settings; a missing file (or section) gives the defaults, and so does an
 * unreadable one, with `problem` saying why (SessionStart logs it: the safe direction —
 * redaction on — is what a broken config falls back to).
 */
export function readSessionsConfig(path: string): SessionsConfig & { problem?: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    return {
      ...DEFAULT_CONFIG.sessions,
      ...(missing ? {} : { problem: `${path}: ${(err as Error).message}; using the defaults` }),
    };
  }
  const s = (doc as { sessions?: Record<string, unknown> } | null)?.sessions ?? {};
  const days = s.archive_after_days;
  return {
    redact_secrets: s.redact_secrets !== false,
    archive_after_days: typeof days === "number" && Number.isFinite(days) && days >= 0 ? days : null,
  };
}

/** Create the config with defaults when missing (never replaces an existing file). True when created. */
export function ensureConfig(path: string): boolean {
  let fd: number;
  try {
    mkdirpSync(dirname(path), 0o700);
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  try {
    writeSync(fd, `${JSON.stringify(DEFAULT_CONFIG, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}
