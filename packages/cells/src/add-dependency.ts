import { assertCellId, type Cell } from "@rlm/session-schema/core";
import { readCell, rewriteCell } from "./cell-file.js";
import { CellNotFoundError } from "./errors/cell-not-found-error.js";
import { CycleError } from "./errors/cycle-error.js";
import { MissingDependencyError } from "./errors/missing-dependency-error.js";
import { SelfDependencyError } from "./errors/self-dependency-error.js";
import { dependencyPath } from "./graph/reachable.js";
import { appendEntries, ensureView, locked, type StoreContext } from "./store-context.js";

/**
 * Make `cellId` depend on `dependencyId`, unless that closes a cycle. Checked and written
 * under the lock against a fresh view, so two processes cannot each add half of a cycle.
 */
export function addDependency(ctx: StoreContext, cellId: string, dependencyId: string): Cell {
  assertCellId(cellId);
  assertCellId(dependencyId);
  if (cellId === dependencyId) throw new SelfDependencyError(cellId);
  return locked(ctx, () => {
    const graph = ensureView(ctx).graph;
    const node = graph.nodes.get(cellId);
    const dep = graph.nodes.get(dependencyId);
    if (node === undefined) throw new CellNotFoundError(cellId, ctx.paths.index);
    if (dep === undefined) throw new MissingDependencyError(cellId, dependencyId);
    const cell = readCell(ctx.paths, cellId);
    if (cell.dependencies.includes(dependencyId)) return cell;
    const back = dependencyPath(graph, dep, node);
    if (back !== null) throw new CycleError([cellId, ...back]);
    cell.dependencies.push(dependencyId);
    rewriteCell(ctx.paths, cell, ctx.fsync);
    appendEntries(ctx, [{ op: "dependency", id: cellId, dep: dependencyId }], true);
    return cell;
  });
}
