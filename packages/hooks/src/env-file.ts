import { appendFileSync, readFileSync } from "node:fs";

/** `'…'`-quoted for a POSIX shell (the file is sourced by Claude Code's shell). */
function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/** The file's current text; "" when it does not exist yet (or cannot be read: then append). */
function currentText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/**
 * Append `export NAME=value` lines to CLAUDE_ENV_FILE (SessionStart only): Claude Code
 * sources it before each Bash command, so the model's shell knows the session. A line is
 * skipped when the file's last assignment of that name already says the same (a resume, a
 * second SessionStart of one session): the file does not grow on every start, and a later
 * session in the same file still wins by coming last. Returns the number of lines written
 * (null when the variable is not set).
 */
export function appendEnvFile(
  env: NodeJS.ProcessEnv,
  vars: Record<string, string>,
): { path: string; lines: number } | null {
  const path = env.CLAUDE_ENV_FILE;
  if (path === undefined || path.trim() === "") return null;
  const existing = currentText(path).split("\n");
  const lastOf = (name: string): string | undefined =>
    existing.findLast((l) => l.startsWith(`export ${name}=`));
  const lines = Object.entries(vars)
    .map(([k, v]) => `export ${k}=${shellQuote(v)}`)
    .filter((line, i) => lastOf(Object.keys(vars)[i] as string) !== line);
  if (lines.length > 0) appendFileSync(path, lines.map((l) => `${l}\n`).join(""), { mode: 0o600 });
  return { path, lines: lines.length };
}
