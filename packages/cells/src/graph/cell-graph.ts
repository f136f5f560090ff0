import { type CellNode, compareNodes, NO_IDS } from "./cell-node.js";
import { FileIndex } from "./file-index.js";
import type { KnownMark } from "./file-marks.js";
import { findCycles } from "./find-cycles.js";
import { insertDependent, insertSorted } from "./sorted-insert.js";
import { topoOrder } from "./topo-order.js";

// The session's DAG in memory. Built by replaying the index and the journal, or from the
// cell files (rebuild); both go through `add`/`addEdge`, so both give the same structure.
//
// `byKey` keeps every cell sorted by (created_at, cell_id); new cells almost always land
// at the end. While no edge points "backwards" in that order (the normal case: a
// dependency exists before its dependent), the key order *is* the execution order that
// Kahn's algorithm with that tie-break would produce, and no sort is needed.

interface Ordered {
  nodes: CellNode[];
  ids: string[];
  cycles: string[][];
}

export class CellGraph {
  readonly nodes = new Map<string, CellNode>();
  /** The latest file mark per absolute path (see file-marks.ts). */
  readonly fileMarks = new Map<string, KnownMark>();
  private byKey: CellNode[] = [];
  private backward = 0;
  private readonly waiting = new Map<string, CellNode[]>();
  private order: Ordered | null = null;
  private positioned = false;
  private files: FileIndex | null = null;
  private epoch = 0;

  constructor(private readonly cwd: string) {}

  get size(): number {
    return this.nodes.size;
  }

  /** A fresh mark for one traversal (see reachable.ts). */
  nextEpoch(): number {
    return ++this.epoch;
  }

  /** Adds a cell; false when the id is already there (duplicates are ignored, first wins). */
  add(node: CellNode): boolean {
    if (this.nodes.has(node.id)) return false;
    this.nodes.set(node.id, node);
    insertSorted(this.byKey, node);
    for (const dep of node.deps) this.link(dep, node);
    const waiters = this.waiting.get(node.id);
    if (waiters !== undefined) {
      this.waiting.delete(node.id);
      for (const w of waiters) this.link(node.id, w);
    }
    this.files?.add(node);
    this.changed();
    return true;
  }

  /**
   * Load many cells into an empty graph at once (index.json, rebuild). `sorted` must be in
   * (created_at, cell_id) order with unique ids. Same result as `add` one by one, but
   * every adjacency array is allocated at its exact size: at 100,000 cells the slack of
   * growing arrays by push is tens of megabytes. A node may arrive with `dependents`
   * already set (index.json records them): when they are exactly the ones the edges give,
   * that array is kept instead of building an equal one.
   */
  bulkLoad(sorted: CellNode[]): void {
    if (this.nodes.size > 0) throw new Error("bulkLoad needs an empty graph");
    const nodes = this.nodes;
    this.byKey = sorted;
    for (let i = 0; i < sorted.length; i++) {
      const n = sorted[i] as CellNode;
      nodes.set(n.id, n);
      n.rank = 0; // dependents counted below, then the fill position in dependentNodes
      n.pos = i; // key position, for the backward-edge test below (positionOf resets it)
    }
    // One lookup per edge: the dependency nodes, and each one's count of dependents.
    for (const n of sorted) {
      const deps = n.deps;
      const k = deps.length;
      if (k === 0) continue;
      const depNodes = new Array<CellNode>(k);
      let found = 0;
      for (let i = 0; i < k; i++) {
        const id = deps[i] as string;
        const d = nodes.get(id);
        if (d === undefined) this.waitFor(id, n);
        else {
          depNodes[found++] = d;
          d.rank++;
        }
      }
      if (found === 0) continue;
      if (found < k) depNodes.length = found;
      n.depNodes = depNodes;
    }
    // Visiting dependents in key order fills every list already sorted; a list is
    // allocated (at its exact size) when its first dependent arrives.
    for (const n of sorted) {
      for (const d of n.depNodes) {
        let list = d.dependentNodes;
        if (list.length === 0) {
          list = d.dependentNodes = new Array<CellNode>(d.rank);
          d.rank = 0;
        }
        list[d.rank++] = n;
        if (d.pos >= n.pos) this.backward++;
      }
    }
    for (const n of sorted) {
      n.rank = -1;
      n.pos = -1;
      const dn = n.dependentNodes;
      if (dn.length === 0) n.dependents = NO_IDS;
      else if (!sameIds(n.dependents, dn)) n.dependents = dn.map((x) => x.id);
    }
    this.changed();
  }

  /** Records "`id` depends on `dep`"; false when already recorded. */
  addEdge(id: string, dep: string): boolean {
    const node = this.nodes.get(id);
    if (node === undefined || node.deps.includes(dep)) return false;
    node.deps.push(dep);
    this.link(dep, node);
    this.changed();
    return true;
  }

  setStatus(id: string, status: CellNode["status"], reason: string | null): void {
    const node = this.nodes.get(id);
    if (node === undefined) return;
    node.status = status;
    node.reason = reason;
  }

  /** Recorded hashes for the files a cell read: new hashes after a re-run, or paths learnt at completion. */
  setFiles(id: string, files: Readonly<Record<string, string | null>>): void {
    const node = this.nodes.get(id);
    if (node === undefined) return;
    const added = Object.keys(files).filter((p) => node.files === null || !(p in node.files));
    node.files = { ...(node.files ?? {}), ...files };
    if (added.length > 0) this.files?.addPaths(node, added);
  }

  /** Cells in (created_at, cell_id) order. */
  inKeyOrder(): readonly CellNode[] {
    return this.byKey;
  }

  /** Topological order (see the file header); cached until the structure changes. */
  executionOrder(): readonly string[] {
    return this.ordered().ids;
  }

  executionNodes(): readonly CellNode[] {
    return this.ordered().nodes;
  }

  /** Cycles present in the graph (only possible for graphs rebuilt from foreign files). */
  cycles(): string[][] {
    return this.ordered().cycles;
  }

  /** 0-based position in the execution order, -1 for a cell on or behind a cycle. */
  positionOf(node: CellNode): number {
    if (!this.positioned) {
      for (const n of this.byKey) n.pos = -1;
      this.executionNodes().forEach((n, i) => {
        n.pos = i;
      });
      this.positioned = true;
    }
    return node.pos;
  }

  /**
   * The ids of `nodes` in execution order (cells on a cycle dropped). When `marked` is
   * given, `nodes` are exactly the nodes carrying that traversal mark.
   */
  sortByExecution(nodes: readonly CellNode[], marked?: number): string[] {
    const order = this.executionNodes();
    if (marked !== undefined && nodes.length * 16 >= order.length) {
      const out: string[] = [];
      for (const n of order) if (n.mark === marked) out.push(n.id);
      return out;
    }
    if (this.backward === 0) return [...nodes].sort(compareNodes).map((n) => n.id);
    const placed = nodes.filter((n) => this.positionOf(n) >= 0);
    return placed.sort((a, b) => a.pos - b.pos).map((n) => n.id);
  }

  fileIndex(): FileIndex {
    if (this.files === null) {
      this.files = new FileIndex(this.cwd);
      for (const node of this.byKey) this.files.add(node);
    }
    return this.files;
  }

  private ordered(): Ordered {
    if (this.order === null) {
      if (this.backward === 0) {
        const nodes = this.byKey.slice();
        this.order = { nodes, ids: nodes.map((n) => n.id), cycles: [] };
      } else {
        const { order, complete } = topoOrder(this.byKey);
        const placed = new Set(order);
        const rest = complete ? [] : this.byKey.filter((n) => !placed.has(n));
        this.order = {
          nodes: order,
          ids: order.map((n) => n.id),
          cycles: rest.length > 0 ? findCycles(rest, this.nodes) : [],
        };
      }
    }
    return this.order;
  }

  private link(depId: string, node: CellNode): void {
    const dep = this.nodes.get(depId);
    if (dep === undefined) {
      this.waitFor(depId, node);
      return;
    }
    if (node.depNodes.length === 0) node.depNodes = [dep];
    else node.depNodes.push(dep);
    insertDependent(dep, node);
    if (compareNodes(dep, node) >= 0) this.backward++;
  }

  private waitFor(depId: string, node: CellNode): void {
    const list = this.waiting.get(depId);
    if (list === undefined) this.waiting.set(depId, [node]);
    else list.push(node);
  }

  private changed(): void {
    this.order = null;
    this.positioned = false;
  }
}

function sameIds(ids: readonly string[], nodes: readonly CellNode[]): boolean {
  if (ids.length !== nodes.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== (nodes[i] as CellNode).id) return false;
  return true;
}
