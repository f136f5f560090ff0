import { homedir } from "node:os";
import { isAbsolute, join, normalize, resolve, sep } from "node:path";

/** The three legacy folders, by the names they have under `~/.claude`. */
export const LEGACY_ROOTS = ["rlm-state", "rlm-externalized", "rlm-trajectories"] as const;
export type LegacyRoot = (typeof LEGACY_ROOTS)[number];
export type LegacyDirs = Record<LegacyRoot, string>;

export interface LegacyDirOptions {
  /** The `~/.claude` base holding the three legacy folders. */
  legacyDir?: string;
  stateDir?: string;
  externalizedDir?: string;
  trajectoriesDir?: string;
  /** Home directory used for the defaults (tests). */
  home?: string;
}

/** Absolute legacy folders: each explicit folder wins, then `--legacy-dir`, then `~/.claude`. */
export function resolveLegacyDirs(options: LegacyDirOptions = {}): LegacyDirs {
  const base = resolve(options.legacyDir ?? join(options.home ?? homedir(), ".claude"));
  return {
    "rlm-state": resolve(options.stateDir ?? join(base, "rlm-state")),
    "rlm-externalized": resolve(options.externalizedDir ?? join(base, "rlm-externalized")),
    "rlm-trajectories": resolve(options.trajectoriesDir ?? join(base, "rlm-trajectories")),
  };
}

/**
 * A legacy reference is `<root>/<relative path>` (`rlm-state/abc.json`): stable across
 * machines, used in reports, backups and a session's `legacy/` folder.
 */
export function legacyRef(root: LegacyRoot, relPath: string): string {
  return `${root}/${relPath.split(sep).join("/")}`;
}

export function splitRef(ref: string): { root: LegacyRoot; rel: string } {
  if (LEGACY_ROOTS.includes(ref as LegacyRoot)) return { root: ref as LegacyRoot, rel: "" };
  const slash = ref.indexOf("/");
  const root = ref.slice(0, slash) as LegacyRoot;
  const rel = ref.slice(slash + 1);
  // A name may start with ".." ("..odd.json"); only a ".." path segment leaves the folder.
  const escapes = normalize(rel).split(/[\\/]/)[0] === "..";
  if (!LEGACY_ROOTS.includes(root) || slash < 0 || isAbsolute(rel) || escapes || rel === "") {
    throw new Error(`not a legacy reference: ${ref}`);
  }
  return { root, rel };
}

/** Absolute path of a legacy reference (a bare root name is the folder itself). */
export function refPath(dirs: LegacyDirs, ref: string): string {
  const { root, rel } = splitRef(ref);
  return join(dirs[root], rel);
}
