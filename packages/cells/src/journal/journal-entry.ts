import type { CellStatus, CellType } from "@rlm/session-schema/core";
import { CELL_STATUSES, CELL_TYPES, isCellId } from "@rlm/session-schema/core";

/** One line of `cells/index.journal.jsonl`. Applied in file order on top of index.json. */
export type JournalEntry =
  | {
      op: "create";
      id: string;
      type: CellType;
      status: CellStatus;
      deps: string[];
      at: number;
      files?: Record<string, string | null>;
      reason?: string | null;
    }
  | {
      op: "status";
      id: string;
      status: CellStatus;
      reason: string | null;
      files?: Record<string, string | null>;
    }
  | { op: "dependency"; id: string; dep: string }
  /** Stale marks resolved by the writer (ids include the transitive dependents). `at`: when (marks log). */
  | { op: "invalidate"; ids: string[]; reasons: string[]; at?: number }
  /**
   * A file changed (written by cell `by`, or outside the session when `by` is null) and now
   * hashes to `hash` (null: deleted). Resolved by every reader when applied: the cells that
   * recorded another hash for it become stale, with their transitive dependents.
   */
  | FileMark;

export interface FileMark {
  op: "file";
  /** Absolute path. */
  path: string;
  hash: string | null;
  by: string | null;
  at: number;
}

/** First line of every journal: which index generation it continues, and a token naming this file. */
export interface JournalHeader {
  journal: "rlm-cells";
  gen: number;
  token: string;
}

const TYPES = new Set<string>(CELL_TYPES);
const STATUSES = new Set<string>(CELL_STATUSES);
const isIdArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isCellId);
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** A parsed line, or null when the line is not a well-formed entry (it is then skipped and counted). */
export function parseEntry(line: string): JournalEntry | null {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof v !== "object" || v === null) return null;
  const ok = (() => {
    switch (v.op) {
      case "create":
        return (
          isCellId(v.id) &&
          TYPES.has(v.type as string) &&
          STATUSES.has(v.status as string) &&
          isIdArray(v.deps) &&
          typeof v.at === "number"
        );
      case "status":
        return isCellId(v.id) && STATUSES.has(v.status as string);
      case "dependency":
        return isCellId(v.id) && isCellId(v.dep);
      case "invalidate":
        return (
          isIdArray(v.ids) &&
          isStrArray(v.reasons) &&
          v.ids.length === v.reasons.length &&
          (v.at === undefined || typeof v.at === "number")
        );
      case "file":
        return (
          typeof v.path === "string" &&
          (v.hash === null || typeof v.hash === "string") &&
          (v.by === null || isCellId(v.by)) &&
          typeof v.at === "number"
        );
      default:
        return false;
    }
  })();
  return ok ? (v as JournalEntry) : null;
}

export function parseHeader(line: string): JournalHeader | null {
  try {
    const v = JSON.parse(line) as Partial<JournalHeader>;
    return v?.journal === "rlm-cells" && Number.isInteger(v.gen) && typeof v.token === "string"
      ? (v as JournalHeader)
      : null;
  } catch {
    return null;
  }
}
