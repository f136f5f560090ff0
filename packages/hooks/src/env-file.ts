import { appendFileSync } from "node:fs";

/** `'…'`-quoted for a POSIX shell (the file is sourced by Claude Code's shell). */
function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/**
 * Append `export NAME=value` lines to CLAUDE_ENV_FILE (SessionStart only): Claude Code
 * sources it before each Bash command, so the model's shell knows the session. Returns the
 * number of lines written (0 when the variable is not set).
 */
export function appendEnvFile(
  env: NodeJS.ProcessEnv,
  vars: Record<string, string>,
): { path: string; lines: number } | null {
  const path = env.CLAUDE_ENV_FILE;
  if (path === undefined || path.trim() === "") return null;
  const lines = Object.entries(vars).map(([k, v]) => `export ${k}=${shellQuote(v)}\n`);
  appendFileSync(path, lines.join(""), { mode: 0o600 });
  return { path, lines: lines.length };
}
