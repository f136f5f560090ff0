import type { LocationOptions } from "@rlm/migrate";
import type { Command } from "commander";
import { expandHome } from "./paths.js";

/** Options shared by every command: where the legacy files, the sessions and Claude Code's transcripts are. */
export interface LocationFlags {
  legacyDir?: string;
  stateDir?: string;
  externalizedDir?: string;
  trajectoriesDir?: string;
  sessionsDir?: string;
  claudeDir?: string;
  json?: boolean;
  verbose?: boolean;
}

export function addLocationOptions(cmd: Command, env: NodeJS.ProcessEnv): Command {
  const path = (v: string) => expandHome(v, env);
  return cmd
    .option(
      "--legacy-dir <dir>",
      "the ~/.claude folder holding rlm-state, rlm-externalized and rlm-trajectories",
      path,
    )
    .option("--state-dir <dir>", "legacy state folder (default <legacy-dir>/rlm-state)", path)
    .option(
      "--externalized-dir <dir>",
      "legacy externalized folder (default <legacy-dir>/rlm-externalized)",
      path,
    )
    .option(
      "--trajectories-dir <dir>",
      "legacy trajectories folder (default <legacy-dir>/rlm-trajectories)",
      path,
    )
    .option(
      "--sessions-dir <dir>",
      "sessions root (default $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions)",
      path,
    )
    .option(
      "--claude-dir <dir>",
      "Claude Code's folder, whose projects/ holds each session's transcript (default $CLAUDE_CONFIG_DIR, else ~/.claude)",
      path,
    )
    .option("--json", "print one machine-readable report object on stdout")
    .option("--verbose", "list every session (the dry run prints its plan per session)");
}

export function locations(flags: LocationFlags, env: NodeJS.ProcessEnv): LocationOptions {
  return {
    legacyDir: flags.legacyDir,
    stateDir: flags.stateDir,
    externalizedDir: flags.externalizedDir,
    trajectoriesDir: flags.trajectoriesDir,
    sessionsDir: flags.sessionsDir,
    claudeDir: flags.claudeDir,
    env,
  };
}
