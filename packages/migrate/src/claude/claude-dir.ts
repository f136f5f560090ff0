import { homedir } from "node:os";
import { join, resolve } from "node:path";

export interface ClaudeDirOptions {
  /** Claude Code's config folder (holding `projects/`); else $CLAUDE_CONFIG_DIR, else ~/.claude. */
  claudeDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Home directory used for the default (tests). */
  home?: string;
}

/** Where Claude Code keeps its transcripts: `<claude dir>/projects/<sanitized cwd>/<session_id>.jsonl`. */
export function resolveClaudeDir(options: ClaudeDirOptions = {}): string {
  const env = options.env ?? process.env;
  const fromEnv = env.CLAUDE_CONFIG_DIR?.trim();
  return resolve(options.claudeDir ?? (fromEnv ? fromEnv : join(options.home ?? homedir(), ".claude")));
}
