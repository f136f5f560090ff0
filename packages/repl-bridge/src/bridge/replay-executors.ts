import { type CellExecutors, withCachedResponse } from "@rlm/cells";
import type { Cell } from "@rlm/session-schema/core";
import { validateArgs } from "../args/validate-args.js";
import { ReplError } from "../errors/repl-error.js";
import { findOpOrNull } from "../ops/registry.js";
import type { ModelRequest } from "../providers/model-provider.js";
import { llmResult, sendAndCharge } from "./model-call.js";
import type { OpContext } from "./op-context.js";
import { CELL_SOURCE } from "./record-op-cell.js";
import { rebuildReduceRequest } from "./reduce-request.js";

/**
 * How a replay re-runs cells: a `repl` cell recorded by rlm-repl re-runs its op with the
 * recorded arguments (recording nothing new); an `llm_call` cell sends its recorded
 * request again (a map_reduce reduce step rebuilds its prompt from its dependencies'
 * current outputs) and is charged to the budget. `tool` cells get no executor: Claude
 * Code re-runs tools, not rlm-repl.
 */
export function replayExecutors(ctx: OpContext): CellExecutors {
  return {
    repl: async (cell, deps) => {
      const op = recordedOp(cell);
      const args = validateArgs(op.name, op.args, cell.input.args, op.oneOf);
      const mod = await op.load();
      const outcome = await mod.run({ ...ctx, replaying: true, dependencyOutputs: deps }, args);
      return outcome.result;
    },
    llm_call: async (cell, deps) => {
      const request = recordedRequest(cell);
      const sent =
        cell.input.operation === "map_reduce.reduce" ? rebuildReduceRequest(cell, request, deps) : request;
      const { response, costUsd } = await sendAndCharge(ctx, sent);
      return withCachedResponse(llmResult(response, costUsd), response.text);
    },
  };
}

function recordedOp(cell: Cell) {
  const name = cell.input.operation ?? "";
  const op = cell.input.source === CELL_SOURCE ? findOpOrNull(name) : null;
  if (op === null)
    throw new ReplError(
      "ERR_RLM_REPLAY",
      `cell ${cell.cell_id} (${cell.input.source ?? "unknown source"}: ${name || "no operation"}) was not recorded by rlm-repl; it cannot re-run it`,
    );
  if (!op.replayable)
    throw new ReplError("ERR_RLM_REPLAY", `cell ${cell.cell_id} records a ${name} run, which is not re-run`);
  return op;
}

function recordedRequest(cell: Cell): ModelRequest {
  const args = cell.input.args as { request?: ModelRequest } | null;
  const r = args?.request;
  if (
    r === undefined ||
    typeof r.model !== "string" ||
    !Array.isArray(r.messages) ||
    typeof r.max_tokens !== "number"
  )
    throw new ReplError(
      "ERR_RLM_REPLAY",
      `llm_call cell ${cell.cell_id} holds no recorded request (input.args.request); it cannot be sent again`,
    );
  return r;
}
