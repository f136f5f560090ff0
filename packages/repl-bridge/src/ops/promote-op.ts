import type { CellStore } from "@rlm/cells";
import type { Cell } from "@rlm/session-schema/core";
import type { OpContext } from "../bridge/op-context.js";
import { ReplError } from "../errors/repl-error.js";
import { promoteNode } from "../memory/promote-node.js";
import type { OpOutcome } from "./op-spec.js";

/**
 * Promote a done, non-stale cell's output into the memory database and mark the cell
 * `promoted_to_db` with `metadata.memory_node_id`. Promoting again returns the same node.
 */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const cells = ctx.cells();
  const cellId = args.cell_id as string;
  const cell = cells.get(cellId);
  const content = promotableContent(cell);
  const store = await ctx.memory();
  const { nodeId, created, hyperedgeId } = promoteNode(store, {
    sessionId: ctx.sessionId,
    cellId,
    type: args.memory_type as "fact" | "experience",
    content,
    confidence: args.confidence as number,
    metadata: { cell_type: cell.type, operation: cell.input.operation },
    now: ctx.now(),
  });
  const marked = markPromoted(cells, cellId, nodeId);
  return {
    result: {
      status: created ? "promoted" : "already_promoted",
      node_id: nodeId,
      hyperedge_id: hyperedgeId,
      promoted_cell_id: cellId,
      memory_type: args.memory_type,
      tier: "task",
      cell_marked: marked,
      db: store.path,
    },
  };
}

/** The text to store, or a refusal naming why the cell cannot be promoted. */
export function promotableContent(cell: Cell): string {
  const refuse = (why: string) =>
    new ReplError("ERR_RLM_NOT_PROMOTABLE", `cell ${cell.cell_id} cannot be promoted: ${why}`, {
      hint: "only a done, non-stale cell with an output can be promoted; replay it first if it is stale",
    });
  if (cell.status !== "done")
    throw refuse(`it is ${cell.status}${cell.status_reason ? ` (${cell.status_reason})` : ""}`);
  const out = cell.output;
  if (out.cached_response !== null && out.cached_response !== "") return out.cached_response;
  if (out.result === null || out.result === undefined || out.result === "") throw refuse("it has no output");
  return typeof out.result === "string" ? out.result : JSON.stringify(out.result);
}

/** Record the node on the cell (metadata only: status, output and cache key are untouched). */
function markPromoted(cells: CellStore, cellId: string, nodeId: string): boolean {
  cells.updateMetadata(cellId, { promoted_to_db: true, memory_node_id: nodeId });
  return true;
}
