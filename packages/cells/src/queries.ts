import { assertCellId, type Cell, isRlmError } from "@rlm/session-schema/core";
import { readCell } from "./cell-file.js";
import { CellNotFoundError } from "./errors/cell-not-found-error.js";
import type { CellNode } from "./graph/cell-node.js";
import { reachDependencies, reachDependents } from "./graph/reachable.js";
import { ensureView, type StoreContext } from "./store-context.js";
import type { CellFilter, CellSummary, ExecutionPage } from "./types.js";

/**
 * The cell file, with what the index knows better: status and status_reason (stale marks
 * live in the journal until the cell is next written) and the current dependents.
 */
export function getCell(ctx: StoreContext, cellId: string): Cell {
  assertCellId(cellId);
  const node = ensureView(ctx).graph.nodes.get(cellId);
  let cell: Cell;
  try {
    cell = readCell(ctx.paths, cellId);
  } catch (err) {
    if (node !== undefined && isRlmError(err, "ERR_RLM_CELL_NOT_FOUND"))
      throw new CellNotFoundError(
        cellId,
        ctx.paths.dir,
        "the index lists it but its file is gone: rebuild() reports such orphans",
      );
    throw err;
  }
  if (node !== undefined) {
    // A completion is written to the file first: a pending index entry is just behind.
    if (!(node.status === "pending" && cell.status !== "pending")) {
      cell.status = node.status;
      cell.status_reason = node.reason;
    }
    cell.dependents = [...node.dependents];
  }
  return cell;
}

function summarize(n: CellNode): CellSummary {
  return {
    cellId: n.id,
    type: n.type,
    status: n.status,
    statusReason: n.reason,
    createdAt: n.at,
    dependencies: n.deps,
    // never the shared empty list of index-loaded nodes (cell-node.ts): a consumer that
    // ignores `readonly` and pushes to it would change every cell's dependents
    dependents: n.dependents.length === 0 ? [] : n.dependents,
  };
}

/** Cells in creation order (created_at, then id), optionally by type and/or status. */
export function listCells(ctx: StoreContext, filter: CellFilter = {}): CellSummary[] {
  const out: CellSummary[] = [];
  const { type, status } = filter;
  for (const n of ensureView(ctx).graph.inKeyOrder()) {
    if ((type === undefined || n.type === type) && (status === undefined || n.status === status))
      out.push(summarize(n));
  }
  return out;
}

/** A page of the execution order, filtered; only the page's cells are summarized. */
export function executionPage(
  ctx: StoreContext,
  filter: CellFilter,
  offset: number,
  limit: number,
): ExecutionPage {
  const { graph } = ensureView(ctx);
  const { type, status } = filter;
  const order = graph.executionNodes();
  const end = offset + limit;
  const cells: ExecutionPage["cells"] = [];
  let matched = 0;
  for (let i = 0; i < order.length; i++) {
    const n = order[i] as CellNode;
    if ((type !== undefined && n.type !== type) || (status !== undefined && n.status !== status)) continue;
    if (matched >= offset && matched < end) cells.push({ position: i + 1, ...summarize(n) });
    matched++;
  }
  return { total: graph.size, matched, cells };
}

export function summaries(ctx: StoreContext, cellIds: readonly string[]): CellSummary[] {
  const { nodes } = ensureView(ctx).graph;
  const out: CellSummary[] = [];
  for (const id of cellIds) {
    const n = nodes.get(id);
    if (n !== undefined) out.push(summarize(n));
  }
  return out;
}

function nodeOf(ctx: StoreContext, cellId: string): CellNode {
  assertCellId(cellId);
  const node = ensureView(ctx).graph.nodes.get(cellId);
  if (node === undefined) throw new CellNotFoundError(cellId, ctx.paths.index);
  return node;
}

/** Every cell `cellId` depends on, directly or transitively, in execution order (itself excluded). */
export function dependencyChain(ctx: StoreContext, cellId: string): string[] {
  const node = nodeOf(ctx, cellId);
  const graph = (ctx.view as NonNullable<typeof ctx.view>).graph;
  const found = reachDependencies(graph, node);
  return graph.sortByExecution(found, found[0]?.mark);
}

/** Direct dependents (creation order) or all transitive ones (execution order). */
export function dependentsOf(ctx: StoreContext, cellId: string, transitive: boolean): string[] {
  const node = nodeOf(ctx, cellId);
  if (!transitive) return [...node.dependents];
  const graph = (ctx.view as NonNullable<typeof ctx.view>).graph;
  const reached = reachDependents(graph, [node]);
  const epoch = node.mark;
  node.mark = 0; // a cell is not its own dependent
  return graph.sortByExecution(reached.slice(1), epoch);
}

export function executionOrder(ctx: StoreContext): string[] {
  return [...ensureView(ctx).graph.executionOrder()];
}

export function roots(ctx: StoreContext): string[] {
  const { nodes } = ensureView(ctx).graph;
  return executionOrder(ctx).filter((id) => (nodes.get(id) as CellNode).deps.length === 0);
}

export function leaves(ctx: StoreContext): string[] {
  const { nodes } = ensureView(ctx).graph;
  return executionOrder(ctx).filter((id) => (nodes.get(id) as CellNode).dependents.length === 0);
}
