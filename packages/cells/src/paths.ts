import { join } from "node:path";
import { assertCellId } from "@rlm/session-schema/core";
import { CELL_INDEX_FILE, CELLS_DIR } from "@rlm/session-store";

/** Where a session's cells live. Everything is derived from the session directory alone. */
export interface CellPaths {
  readonly sessionPath: string;
  readonly dir: string;
  readonly index: string;
  readonly journal: string;
  readonly lock: string;
  /** Every stale mark ever made (marks/marks-log.ts). */
  readonly marks: string;
  /** path → the cell that last wrote it (derived; rebuilt from the cell files). */
  readonly writers: string;
  /** Ids of the cells promoted to the memory database (derived; rebuilt from the cell files). */
  readonly promoted: string;
  cellFile(cellId: string): string;
}

export const JOURNAL_FILE = "index.journal.jsonl";
export const CELLS_LOCK = ".cells.lock";
export const MARKS_FILE = "marks.jsonl";
export const WRITERS_FILE = "writers.json";
export const PROMOTED_FILE = "promoted.json";
const CELL_FILE = /^cell_[0-9a-f]{8}\.json$/;

export function cellPaths(sessionPath: string): CellPaths {
  const dir = join(sessionPath, CELLS_DIR);
  return {
    sessionPath,
    dir,
    index: join(sessionPath, CELL_INDEX_FILE),
    journal: join(dir, JOURNAL_FILE),
    lock: join(dir, CELLS_LOCK),
    marks: join(dir, MARKS_FILE),
    writers: join(dir, WRITERS_FILE),
    promoted: join(dir, PROMOTED_FILE),
    cellFile(cellId) {
      assertCellId(cellId);
      return join(dir, `${cellId}.json`);
    },
  };
}

/** `cell_0123abcd.json` → `cell_0123abcd`; anything else → null. */
export function cellIdOfFile(name: string): string | null {
  return CELL_FILE.test(name) ? name.slice(0, -5) : null;
}
