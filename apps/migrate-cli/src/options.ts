import type { LocationOptions } from "@rlm/migrate";
import type { Command } from "commander";

/** Options shared by every command: where the legacy files and the sessions are. */
export interface LocationFlags {
  legacyDir?: string;
  stateDir?: string;
  externalizedDir?: string;
  trajectoriesDir?: string;
  sessionsDir?: string;
  json?: boolean;
}

export function addLocationOptions(cmd: Command): Command {
  return cmd
    .option(
      "--legacy-dir <dir>",
      "the ~/.claude folder holding rlm-state, rlm-externalized and rlm-trajectories",
    )
    .option("--state-dir <dir>", "legacy state folder (default <legacy-dir>/rlm-state)")
    .option("--externalized-dir <dir>", "legacy externalized folder (default <legacy-dir>/rlm-externalized)")
    .option("--trajectories-dir <dir>", "legacy trajectories folder (default <legacy-dir>/rlm-trajectories)")
    .option("--sessions-dir <dir>", "sessions root (default $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions)")
    .option("--json", "print one machine-readable report object on stdout");
}

export function locations(flags: LocationFlags, env: NodeJS.ProcessEnv): LocationOptions {
  return {
    legacyDir: flags.legacyDir,
    stateDir: flags.stateDir,
    externalizedDir: flags.externalizedDir,
    trajectoriesDir: flags.trajectoriesDir,
    sessionsDir: flags.sessionsDir,
    env,
  };
}
