import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { MigrateUsageError } from "../errors/migrate-usage-error.js";

/**
 * `--claude-dir` names Claude Code's folder (usually `~/.claude`), whose `projects/` holds
 * the transcripts. A folder that does not exist, or the `projects` folder itself, would
 * migrate every session without its transcript and `cwd`, and a re-run with the right
 * folder would find nothing to do: a usage error (exit 2) saying what was meant. Null when
 * it looks right.
 */
export function misplacedClaudeDir(claudeDir: string): MigrateUsageError | null {
  const dir = resolve(claudeDir);
  const what = "--claude-dir is Claude Code's folder (usually ~/.claude), the one holding projects/";
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    return new MigrateUsageError(`--claude-dir ${claudeDir} does not exist`, what);
  }
  if (!isDir) return new MigrateUsageError(`--claude-dir ${claudeDir} is not a folder`, what);
  if (basename(dir) === "projects" && !existsSync(join(dir, "projects"))) {
    return new MigrateUsageError(
      `--claude-dir ${claudeDir} is Claude Code's projects folder itself; ${what}`,
      `did you mean --claude-dir ${dirname(dir)}?`,
    );
  }
  return null;
}
