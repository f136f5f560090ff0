import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { MigrateUsageError } from "../errors/migrate-usage-error.js";
import { LEGACY_ROOTS, type LegacyRoot } from "./legacy-dirs.js";

const FLAG: Record<LegacyRoot, string> = {
  "rlm-state": "--state-dir",
  "rlm-externalized": "--externalized-dir",
  "rlm-trajectories": "--trajectories-dir",
};

const holdsLegacy = (base: string) => LEGACY_ROOTS.some((r) => existsSync(join(base, r)));

/** A folder whose files look like the old plugin's `rlm-state/` (whatever it is called). */
function looksLikeStateDir(dir: string): boolean {
  try {
    return readdirSync(dir).some(
      (n) =>
        n === "session-metadata.json" ||
        n.endsWith("_context.json") ||
        (n.startsWith("file-access-") && n.endsWith(".jsonl")),
    );
  } catch {
    return false;
  }
}

/**
 * `--legacy-dir` names the `~/.claude` folder that holds the three legacy folders. Users
 * give their home or the `rlm-state` folder itself, find nothing and think they are done:
 * recognise both and say what was meant (a usage error, exit 2). Null when it looks right
 * or when nothing better can be said.
 */
export function misplacedLegacyDir(legacyDir: string): MigrateUsageError | null {
  const dir = resolve(legacyDir);
  if (holdsLegacy(dir)) return null;
  const claude = join(dir, ".claude");
  if (holdsLegacy(claude)) {
    return new MigrateUsageError(
      `--legacy-dir ${legacyDir} holds none of the legacy folders (${LEGACY_ROOTS.join(", ")}), but ${claude} does`,
      `did you mean --legacy-dir ${claude}? (--legacy-dir is the ~/.claude folder, not your home)`,
    );
  }
  const name = basename(dir) as LegacyRoot;
  if (LEGACY_ROOTS.includes(name) || looksLikeStateDir(dir)) {
    const flag = LEGACY_ROOTS.includes(name) ? FLAG[name] : "--state-dir";
    return new MigrateUsageError(
      `--legacy-dir ${legacyDir} is itself a legacy folder; --legacy-dir is the folder that holds ${LEGACY_ROOTS.join(", ")}`,
      `did you mean --legacy-dir ${dirname(dir)}? (or ${flag} ${dir} for this folder alone)`,
    );
  }
  return null;
}
