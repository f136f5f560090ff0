import { existsSync, realpathSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { resolveSessionsRoot } from "@rlm/session-store";
import { type ClaudeDirOptions, resolveClaudeDir } from "../claude/claude-dir.js";
import { misplacedClaudeDir } from "../claude/misplaced-claude-dir.js";
import { MigrateUsageError } from "../errors/migrate-usage-error.js";
import {
  LEGACY_ROOTS,
  type LegacyDirOptions,
  type LegacyDirs,
  resolveLegacyDirs,
} from "../legacy/legacy-dirs.js";
import { misplacedLegacyDir } from "../legacy/misplaced-legacy-dir.js";
import { sessionsRootNotAFolder } from "./sessions-root.js";

export interface LocationOptions extends LegacyDirOptions, ClaudeDirOptions {
  /** Sessions root; else $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions. */
  sessionsDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Locations {
  root: string;
  dirs: LegacyDirs;
  /** Claude Code's folder, whose `projects/` holds each session's transcript. */
  claudeDir: string;
}

const nested = (outer: string, inner: string) => {
  const r = relative(outer, inner);
  return r === "" || (!r.startsWith("..") && !r.startsWith("/"));
};

/** `path` with its deepest existing ancestor resolved through symlinks (it need not exist). */
function realish(path: string): string {
  let head = path;
  while (!existsSync(head) && dirname(head) !== head) head = dirname(head);
  return existsSync(head) ? join(realpathSync(head), relative(head, path)) : path;
}

/** The sessions root and legacy folders; folders named explicitly must exist and nothing may overlap. */
export function resolveLocations(options: LocationOptions): Locations {
  const dirs = resolveLegacyDirs(options);
  // A legacy folder that is a symlink (dotfiles kept elsewhere) is followed once, here, so
  // every later step (walk, backup, rollback) works on the real folder.
  for (const r of LEGACY_ROOTS) if (existsSync(dirs[r])) dirs[r] = realpathSync(dirs[r]);
  const explicit: Array<[string, string | undefined]> = [
    ["--legacy-dir", options.legacyDir],
    ["--state-dir", options.stateDir],
    ["--externalized-dir", options.externalizedDir],
    ["--trajectories-dir", options.trajectoriesDir],
  ];
  for (const [flag, value] of explicit) {
    if (value !== undefined && !existsSync(value))
      throw new MigrateUsageError(`${flag} ${value} does not exist`);
  }
  const separately = options.stateDir ?? options.externalizedDir ?? options.trajectoriesDir;
  if (options.legacyDir !== undefined && separately === undefined) {
    const misplaced = misplacedLegacyDir(options.legacyDir);
    if (misplaced !== null) throw misplaced;
  }
  const root = resolveSessionsRoot(options.sessionsDir, options.env ?? process.env);
  const notAFolder = sessionsRootNotAFolder(root);
  if (notAFolder !== null) throw notAFolder;
  for (const r of LEGACY_ROOTS) {
    const real = realish(root);
    if (nested(dirs[r], root) || nested(root, dirs[r]) || nested(dirs[r], real) || nested(real, dirs[r])) {
      throw new MigrateUsageError(
        `the sessions root ${root} and the legacy folder ${dirs[r]} overlap`,
        "migrate into a separate folder",
      );
    }
  }
  if (options.claudeDir !== undefined) {
    const misplaced = misplacedClaudeDir(options.claudeDir);
    if (misplaced !== null) throw misplaced;
  }
  return { root, dirs, claudeDir: resolveClaudeDir(options) };
}
