import type { CellStatus, CellType } from "@rlm/session-schema/core";

/** One cell as the in-memory DAG sees it: what the index records, nothing of the cell body. */
export interface CellNode {
  readonly id: string;
  type: CellType;
  status: CellStatus;
  /** Why the system (not the cell's own run) set `status`, e.g. "file changed: src/a.ts". */
  reason: string | null;
  /** `created_at`: first key of the deterministic order. */
  readonly at: number;
  /** As recorded (may name a cell not seen yet). */
  readonly deps: string[];
  /** Kept sorted by (created_at, cell_id). */
  dependents: string[];
  /** `input.context_snapshot.files` (path → recorded hash), null when the cell read none. */
  files: Readonly<Record<string, string | null>> | null;
  // Graph bookkeeping, owned by CellGraph: the same edges as node references (so that
  // traversals never hash a string), and per-traversal scratch fields.
  depNodes: CellNode[];
  dependentNodes: CellNode[];
  rank: number;
  pos: number;
  mark: number;
  via: CellNode | null;
}

export type NodeFields = Pick<CellNode, "id" | "type" | "status" | "reason" | "at" | "deps" | "files">;

export function makeNode(f: NodeFields): CellNode {
  return {
    id: f.id,
    type: f.type,
    status: f.status,
    reason: f.reason,
    at: f.at,
    deps: f.deps,
    dependents: [],
    files: f.files,
    depNodes: [],
    dependentNodes: [],
    rank: -1,
    pos: -1,
    mark: 0,
    via: null,
  };
}

/** Execution-order tie-break: created_at, then cell id. Total, since ids are unique. */
export function compareNodes(a: CellNode, b: CellNode): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
