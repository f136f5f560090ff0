import { type CellExecutors, withCachedResponse } from "@rlm/cells";
import type { Cell } from "@rlm/session-schema/core";
import { validateArgs } from "../args/validate-args.js";
import { ReplError } from "../errors/repl-error.js";
import { findOpOrNull } from "../ops/registry.js";
import type { ModelRequest } from "../providers/model-provider.js";
import { changedFiles } from "./changed-files.js";
import { type CallReservation, llmResult, sendAndCharge } from "./model-call.js";
import type { OpContext } from "./op-context.js";
import { CELL_SOURCE } from "./record-op-cell.js";
import { rebuildReduceRequest, sameRequest } from "./reduce-request.js";
import type { CallAllowance } from "./replay-allowance.js";

/**
 * How a replay re-runs cells: a `repl` cell recorded by rlm-repl re-runs its op with the
 * recorded arguments (recording nothing new); an `llm_call` cell sends its recorded
 * request again, exactly (a map_reduce reduce step only while its chunks' current answers
 * rebuild that very prompt), counted against and refused by the same budgets as a live
 * call (reserved under the session's lock before it is sent), its metadata (model,
 * tokens_used) updated. `tool` cells get no executor: Claude
 * Code re-runs tools, not rlm-repl.
 */
export function replayExecutors(
  ctx: OpContext,
  budget: { allowance: CallAllowance; counted: ReadonlySet<string>; reservation: CallReservation },
): CellExecutors {
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
      // planReplay holds these back before anything runs; checked again here for what it
      // could not foresee (a file edited meanwhile, calls made by another process)
      const moved = changedFiles(cell);
      if (moved.length > 0)
        throw new ReplError(
          "ERR_RLM_REPLAY",
          `${cell.cell_id}'s recorded prompt holds ${moved.join(", ")} as it was; the file changed since, so it is not sent again`,
          {
            hint: `run ${(cell.input.operation ?? "the operation").split(".")[0]} again for an answer on the file as it is now`,
          },
        );
      if (
        cell.input.operation === "map_reduce.reduce" &&
        !sameRequest(rebuildReduceRequest(cell, request, deps), request)
      )
        throw new ReplError(
          "ERR_RLM_REPLAY",
          `${cell.cell_id}'s recorded prompt holds its chunks' answers as they were; they have changed since, so it is not sent again`,
          { hint: "run map_reduce again for an answer on the chunks' current answers" },
        );
      // planned calls were reserved before the replay began; one not foreseen reserves its own
      const planned = budget.counted.has(cell.cell_id) && budget.reservation.left > 0;
      if (!planned) {
        const refusal = budget.allowance.take(cell.cell_id);
        if (refusal !== null) throw refusal;
      }
      const { response, costUsd } = await sendAndCharge(
        ctx,
        request,
        planned ? budget.reservation : undefined,
      );
      // the cells store records output and status; the call's model and tokens are metadata
      ctx.cells().updateMetadata(cell.cell_id, {
        model: response.model,
        tokens_used: response.usage.input_tokens + response.usage.output_tokens,
      });
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
      { hint: "run what recorded it again (a tool cell: ask Claude Code to run the tool again)" },
    );
  if (!op.replayable)
    throw new ReplError("ERR_RLM_REPLAY", `cell ${cell.cell_id} records a ${name} run, which is not re-run`, {
      hint: `run ${name} again instead`,
    });
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
      { hint: "run the operation that made it again for a new answer" },
    );
  return r;
}
