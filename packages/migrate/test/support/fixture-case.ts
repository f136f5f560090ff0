import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type TempDir, tempDir } from "@rlm/test-utils";

export const FIXTURES = join(import.meta.dirname, "..", "..", "__fixtures__");
/** The clock of every fixture run: 2026-01-01T00:00:00Z. */
export const FIXED_NOW = () => Date.UTC(2026, 0, 1);

export interface CaseDirs {
  tmp: TempDir;
  legacy: string;
  root: string;
  /** Claude Code's folder for the case (a copy of `<case>/claude` when there is one; else absent). */
  claudeDir: string;
}

/**
 * A temp copy of `<case>/legacy` (symlinks kept as links), of `<case>/before` as the
 * sessions root, and of `<case>/claude` (Claude Code's own transcripts) when present.
 */
export function prepareCase(name: string): CaseDirs {
  const tmp = tempDir("rlm-migrate-");
  const legacy = tmp.join("legacy");
  const root = tmp.join("sessions");
  const claudeDir = tmp.join("claude");
  cpSync(join(FIXTURES, name, "legacy"), legacy, { recursive: true, verbatimSymlinks: true });
  const before = join(FIXTURES, name, "before");
  if (existsSync(before)) cpSync(before, root, { recursive: true, verbatimSymlinks: true });
  const claude = join(FIXTURES, name, "claude");
  if (existsSync(claude)) cpSync(claude, claudeDir, { recursive: true, verbatimSymlinks: true });
  else mkdirSync(claudeDir); // --claude-dir must exist (a wrong one is a usage error)
  return { tmp, legacy, root, claudeDir };
}
