import type { LegacyDirs, LegacyRoot } from "../legacy/legacy-dirs.js";

/** Every legacy file of one session, as legacy references (`rlm-state/<id>.json`). */
export interface DiscoveredSession {
  id: string;
  state: string | null;
  context: string | null;
  fileAccess: string | null;
  /** `*.tmp` files left by an interrupted write of this session's state or context. */
  leftovers: string[];
  /** Everything under `rlm-externalized/<id>/`. */
  externalized: string[];
  /** `rlm-trajectories/<YYYYMMDD>_<id>_summary.json`, and other files there named after the session. */
  trajectories: string[];
}

/** One thing found under a legacy folder (the folder itself has the bare root name as ref). */
export interface LegacyEntry {
  ref: string;
  type: "file" | "symlink" | "dir";
  size: number;
}

/** A file that belongs to no session: reported, kept in the backup, never a reason to fail. */
export interface UnknownEntry {
  ref: string;
  reason: string;
  /** A folder that exists but cannot be listed (permissions, I/O): the system's message. */
  readError?: string;
}

export interface Discovery {
  dirs: LegacyDirs;
  /** The legacy folders that exist. */
  present: LegacyRoot[];
  sessions: DiscoveredSession[];
  /** The shared files of `rlm-state/`: never sessions. */
  globals: {
    context: string | null;
    sessionMetadata: string | null;
    currentTranscript: string | null;
    /** `activation.json`: the last activation decision, for whichever session ran last. */
    activation: string | null;
  };
  unknown: UnknownEntry[];
  /** Every file, symlink and folder under the legacy folders, sorted: what the backup copies. */
  entries: LegacyEntry[];
}
