import { isDeepStrictEqual } from "node:util";
import type { LegacyDirs } from "../legacy/legacy-dirs.js";
import { listRuns, type RunRecord } from "./run-records.js";

/** The latest run over the same folders that never finished (killed): the next run completes it. */
export function findResumableRun(root: string, dirs: LegacyDirs): RunRecord | null {
  const runs = listRuns(root).filter((r) => r.status === "running" && isDeepStrictEqual(r.legacy, dirs));
  return runs[runs.length - 1] ?? null;
}
