import { type CellStore, type OpenCellsOptions, openCells } from "@rlm/cells";
import type { SessionStore } from "@rlm/session-store";

/** The one place this package opens a session's cells (the store validates the directory). */
export function openSessionCells(
  store: SessionStore,
  sessionId: string,
  options: OpenCellsOptions = {},
): CellStore {
  return openCells(store, sessionId, options);
}
