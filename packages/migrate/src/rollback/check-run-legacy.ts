import { existsSync, realpathSync } from "node:fs";
import { MigrateUsageError } from "../errors/migrate-usage-error.js";
import {
  LEGACY_ROOTS,
  type LegacyDirOptions,
  type LegacyRoot,
  resolveLegacyDirs,
} from "../legacy/legacy-dirs.js";
import type { RunRecord } from "../run/run-records.js";

/**
 * A rollback takes the legacy folders from the run's records. The same options the run
 * was made with are accepted (users repeat their command line with `--rollback`); folders
 * that differ from the records are a usage error naming both.
 */
export function checkRunLegacy(record: RunRecord, given: LegacyDirOptions): void {
  const named: LegacyRoot[] =
    given.legacyDir !== undefined
      ? [...LEGACY_ROOTS]
      : LEGACY_ROOTS.filter(
          (r) =>
            (r === "rlm-state" && given.stateDir !== undefined) ||
            (r === "rlm-externalized" && given.externalizedDir !== undefined) ||
            (r === "rlm-trajectories" && given.trajectoriesDir !== undefined),
        );
  if (named.length === 0) return;
  const dirs = resolveLegacyDirs(given);
  const differ = named.filter((r) => {
    const real = existsSync(dirs[r]) ? realpathSync(dirs[r]) : dirs[r];
    return real !== record.legacy[r] && dirs[r] !== record.legacy[r];
  });
  if (differ.length === 0) return;
  throw new MigrateUsageError(
    `run ${record.run_id} was made with other legacy folders: ${differ
      .map((r) => `${r} ${record.legacy[r]} (given: ${dirs[r]})`)
      .join("; ")}`,
    "a rollback restores the folders the run recorded: drop the legacy folder options, or name the run made with these folders",
  );
}
