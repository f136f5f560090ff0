import { closeSync, constants, readSync } from "node:fs";
import {
  CELL_STATUSES,
  CELL_TYPES,
  type CellIndex,
  CorruptFileError,
  isCellId,
} from "@rlm/session-schema/core";
import { isMissing } from "@rlm/session-store";
import { SessionMismatchError } from "./errors/session-mismatch-error.js";
import { CellGraph } from "./graph/cell-graph.js";
import { type CellNode, compareNodes, newNode } from "./graph/cell-node.js";
import type { KnownMark } from "./graph/file-marks.js";
import { openNoFollow, readJsonNoFollow } from "./read-no-follow.js";

// index.json = the compacted graph. Beyond the documented fields each entry carries what
// the graph needs without opening cell files: `created_at` (order tie-break), `files`
// (invalidation) and `status_reason`; the document carries `gen`, the compaction
// generation the journal continues. Written compact (one line): it is a derived cache.

export type IndexEntry = CellIndex["cells"][string] & {
  created_at: number;
  files?: Record<string, string | null>;
  status_reason?: string | null;
};

export type IndexDocument = CellIndex & {
  gen: number;
  updated_at: number;
  cells: Record<string, IndexEntry>;
  /** The latest file mark per absolute path (graph/file-marks.ts); absent when there is none. */
  file_marks?: Record<string, KnownMark>;
};

/** The index document for `graph` (what flush writes). */
export function indexDocument(graph: CellGraph, sessionId: string, gen: number, now: number): IndexDocument {
  const cells: Record<string, IndexEntry> = {};
  for (const n of graph.inKeyOrder()) {
    const entry: IndexEntry = {
      type: n.type,
      status: n.status,
      dependencies: n.deps,
      dependents: n.dependents,
      created_at: n.at,
    };
    if (n.files !== null) entry.files = n.files as Record<string, string | null>;
    if (n.reason !== null) entry.status_reason = n.reason;
    cells[n.id] = entry;
  }
  const order = graph.executionOrder();
  const nodes = graph.nodes;
  const marks = graph.fileMarks.size > 0 ? { file_marks: Object.fromEntries(graph.fileMarks) } : {};
  return {
    version: 1,
    gen,
    session_id: sessionId,
    updated_at: now,
    cells,
    roots: order.filter((id) => (nodes.get(id) as CellNode).deps.length === 0),
    leaves: order.filter((id) => (nodes.get(id) as CellNode).dependents.length === 0),
    execution_order: [...order],
    cycles_detected: graph.cycles(),
    ...marks,
  };
}

const TYPES = new Set<string>(CELL_TYPES);
const STATUSES = new Set<string>(CELL_STATUSES);

/** index.json → graph. Missing → generation 0, empty. Unusable → CorruptFileError. */
export function readIndex(path: string, sessionId: string, cwd: string): { gen: number; graph: CellGraph } {
  const loaded = readEntries(path, sessionId);
  const graph = new CellGraph(cwd);
  if (loaded === null) return { gen: 0, graph };
  // The parsed document is garbage by now (its arrays live on in the nodes): the
  // allocations of bulkLoad do not make the young-generation collections copy it.
  graph.bulkLoad(loaded.nodes);
  loadFileMarks(graph, loaded.marks);
  return { gen: loaded.gen, graph };
}

/** The nodes of index.json in key order (null: no index.json). */
function readEntries(
  path: string,
  sessionId: string,
): { gen: number; nodes: CellNode[]; marks: unknown } | null {
  let doc: Partial<IndexDocument>;
  try {
    doc = readJsonNoFollow(path) as Partial<IndexDocument>;
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
  if (
    typeof doc !== "object" ||
    doc === null ||
    doc.version !== 1 ||
    typeof doc.cells !== "object" ||
    !doc.cells
  )
    throw new CorruptFileError(path, "not a version 1 cell index");
  if (doc.session_id !== undefined && doc.session_id !== sessionId)
    throw new SessionMismatchError(path, String(doc.session_id), sessionId);
  const nodes: CellNode[] = [];
  const shared: Shared = new Map();
  for (const id in doc.cells) {
    const e = doc.cells[id];
    if (!isCellId(id) || !validEntry(e))
      throw new CorruptFileError(path, `cells.${id.slice(0, 40)}: not an entry this version can use`);
    const node = newNode(
      id,
      e.type,
      e.status,
      e.status_reason ?? null,
      e.created_at,
      e.dependencies,
      e.files === undefined ? null : internFiles(e.files, shared),
    );
    // a hint: bulkLoad keeps it only when it is exactly what the edges give
    if (Array.isArray(e.dependents) && e.dependents.length > 0) node.dependents = e.dependents;
    nodes.push(node);
  }
  if (!inKeyOrder(nodes)) nodes.sort(compareNodes); // written in key order: sorted already
  return { gen: typeof doc.gen === "number" ? doc.gen : 0, nodes, marks: doc.file_marks };
}

/** compareNodes(nodes[i - 1], nodes[i]) < 0 for every i, without a call per pair. */
function inKeyOrder(nodes: readonly CellNode[]): boolean {
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1] as CellNode;
    const b = nodes[i] as CellNode;
    if (a.at > b.at || (a.at === b.at && a.id >= b.id)) return false;
  }
  return true;
}

function loadFileMarks(graph: CellGraph, marks: unknown): void {
  if (typeof marks !== "object" || marks === null) return;
  for (const [path, m] of Object.entries(marks as Record<string, Partial<KnownMark>>)) {
    if (typeof m?.at !== "number") continue;
    graph.fileMarks.set(path, {
      hash: typeof m.hash === "string" ? m.hash : null,
      at: m.at,
      by: typeof m.by === "string" ? m.by : null,
    });
  }
}

/**
 * Cells that read one file at the same version share one snapshot object: sessions read
 * the same files over and over, and each copy costs ~150 bytes at 100,000 cells. Safe
 * because snapshots are replaced, never mutated (CellGraph.setFiles).
 */
function internFiles(
  files: Record<string, string | null>,
  shared: Shared,
): Record<string, string | null> | null {
  let only: string | undefined;
  for (const path in files) {
    if (only !== undefined) return files;
    only = path;
  }
  if (only === undefined) return null;
  const hash = files[only] ?? null;
  let byHash = shared.get(only);
  if (byHash === undefined) {
    byHash = new Map();
    shared.set(only, byHash);
  }
  const known = byHash.get(hash);
  if (known !== undefined) return known;
  byHash.set(hash, files);
  return files;
}

type Shared = Map<string, Map<string | null, Record<string, string | null>>>;

function validEntry(e: unknown): e is IndexEntry {
  if (typeof e !== "object" || e === null) return false;
  const x = e as Partial<IndexEntry>;
  return (
    TYPES.has(x.type as string) &&
    STATUSES.has(x.status as string) &&
    Array.isArray(x.dependencies) &&
    typeof x.created_at === "number"
  );
}

/** The generation of index.json from its first bytes, without parsing the whole document. */
export function peekIndexGen(path: string): number {
  let fd: number;
  try {
    fd = openNoFollow(path, constants.O_RDONLY);
  } catch {
    return 0;
  }
  try {
    const head = Buffer.alloc(256);
    const n = readSync(fd, head, 0, head.length, 0);
    const m = /^\{"version":1,"gen":(\d+),/.exec(head.subarray(0, n).toString("utf8"));
    return m ? Number(m[1]) : 0;
  } finally {
    closeSync(fd);
  }
}
