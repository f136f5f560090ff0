import type { CellStore } from "@rlm/cells";
import type { Cell } from "@rlm/session-schema/core";
import type { ReplErrorCode } from "../errors/repl-error.js";
import type { ModelRequest } from "../providers/model-provider.js";
import { changedFiles } from "./changed-files.js";
import { rebuildReduceRequest, sameRequest } from "./reduce-request.js";
import type { CallAllowance } from "./replay-allowance.js";

/** A selected cell this replay does not run, with a coded reason (it keeps its output and status). */
export interface HeldStep {
  cell_id: string;
  position: number;
  type: Cell["type"];
  /** `refused`: the cell itself cannot be re-run now; `skipped`: a dependency is not fresh. */
  outcome: "refused" | "skipped";
  mode: "not_run";
  run_reason: "forced" | "stale" | "pending" | "key_changed";
  code: ReplErrorCode;
  error: string;
  hint: string;
  via?: string;
  blocked_by?: "refused" | "skipped" | "stale_dependency";
}

export interface ReplayPlan {
  /** The ids to hand to the cells store's replay. */
  run: string[];
  held: HeldStep[];
  /** The llm_call cells already counted against the allowance. */
  counted: Set<string>;
}

/**
 * Decide, before anything is sent or written, which selected cells a replay may run:
 * - a cell that would re-run while one of its dependencies stays stale (not re-run by this
 *   replay: outside the selection, or an llm_call served from its cached_response) is
 *   skipped: its new result would mix the dependency's old output with new input;
 * - an llm_call whose recorded prompt was built from a file that has changed since is
 *   refused: re-sending it would record the old content against the new file's hash;
 * - a map_reduce reduce step whose prompt, rebuilt from its chunks' answers, would differ
 *   from the recorded one (or whose chunks this replay asks again first) is refused: the
 *   cell would keep the old prompt next to the new answer;
 * - an llm_call that would be sent beyond the session's recursive-call budget or the
 *   config's calls per operation is refused (ERR_RLM_BUDGET);
 * - and whatever depends on a held cell is skipped.
 */
export function planReplay(
  cells: CellStore,
  ids: readonly string[],
  force: boolean,
  allowance: CallAllowance,
): ReplayPlan {
  const order = cells.executionOrder();
  const position = new Map(order.map((id, i) => [id, i + 1]));
  const wanted = new Set(ids);
  const sorted = order.filter((id) => wanted.has(id));
  const unknown = ids.filter((id) => !position.has(id)); // missing, or on a cycle: the store reports them
  const run: string[] = [...unknown];
  const held = new Map<string, HeldStep>();
  const running = new Set<string>();
  const counted = new Set<string>();
  const hashes = new Map<string, string>(); // one hash per file for the whole plan

  for (const id of sorted) {
    const cell = cells.get(id);
    const cachedLlm = cell.type === "llm_call" && cell.output.cached_response !== null;
    const own = changedFiles(cell, hashes);
    const reason = runReason(cell, force, own.length > 0 || cell.dependencies.some((d) => running.has(d)));
    const executes = reason !== null && (force || !cachedLlm);
    if (!executes) {
      run.push(id);
      continue;
    }
    const base = { cell_id: id, position: position.get(id) ?? 0, type: cell.type, mode: "not_run" as const };
    const hold = (h: Omit<HeldStep, keyof typeof base | "run_reason">) =>
      held.set(id, { ...base, run_reason: reason, ...h });

    const viaHeld = cell.dependencies.find((d) => held.has(d));
    if (viaHeld !== undefined) {
      const dep = held.get(viaHeld) as HeldStep;
      hold({
        outcome: "skipped",
        code: dep.code,
        error: `${id} depends on ${viaHeld}, which this replay does not re-run (${dep.outcome}: ${dep.code})`,
        hint: dep.hint,
        via: viaHeld,
        blocked_by: dep.outcome,
      });
      continue;
    }
    const stale = staleDependency(cells, cell, running, wanted, hashes);
    if (stale !== null) {
      hold({
        outcome: "skipped",
        code: "ERR_RLM_REPLAY",
        error: `${id} depends on ${stale.id}, which ${stale.why}: re-running ${id} would mix ${stale.id}'s old output with new input, so it stays as it is`,
        hint: stale.hint,
        via: stale.id,
        blocked_by: "stale_dependency",
      });
      continue;
    }
    if (cell.type === "llm_call") {
      if (own.length > 0) {
        const op = (cell.input.operation ?? "the operation").split(".")[0];
        hold({
          outcome: "refused",
          code: "ERR_RLM_REPLAY",
          error: `${id}'s recorded prompt holds ${own.join(", ")} as it was when the call was made; the file has changed since, and re-sending that prompt would record the old content against the new file`,
          hint: `run ${op} again for an answer on the file as it is now (a new cell); ${id} keeps its prompt, answer and file hashes (invalidate with check_disk marks it stale)`,
        });
        continue;
      }
      const reduce = cell.input.operation === "map_reduce.reduce" ? reduceHold(cells, cell, running) : null;
      if (reduce !== null) {
        hold({ outcome: "refused", code: "ERR_RLM_REPLAY", ...reduce });
        continue;
      }
      const refusal = allowance.take(id);
      if (refusal !== null) {
        hold({ outcome: "refused", code: refusal.code, error: refusal.message, hint: refusal.hint ?? "" });
        continue;
      }
      counted.add(id);
    }
    running.add(id);
    run.push(id);
  }
  return { run, held: [...held.values()], counted };
}

/**
 * Why a map_reduce reduce step cannot be re-sent now, or null: its recorded prompt holds
 * its chunks' answers, and the cells store cannot record another prompt in it.
 */
function reduceHold(
  cells: CellStore,
  cell: Cell,
  running: ReadonlySet<string>,
): { error: string; hint: string; via?: string } | null {
  const again = "run map_reduce again for an answer on the chunks' current answers (a new cell)";
  const rerun = cell.dependencies.find((d) => running.has(d));
  if (rerun !== undefined)
    return {
      error: `${cell.cell_id}'s recorded prompt holds its chunks' answers, and this replay asks ${rerun} again first; the reduce is sent again only with the very prompt it recorded, which a new chunk answer would change`,
      hint: `replay ${cell.cell_id} on its own afterwards (sent again only if its chunks' answers are still those in its prompt), or ${again}`,
      via: rerun,
    };
  const request = (cell.input.args as { request?: ModelRequest } | null)?.request;
  if (request === undefined || !Array.isArray(request.messages)) return null; // the executor refuses it
  const deps = Object.fromEntries(
    cell.dependencies.filter((d) => cells.has(d)).map((d) => [d, cells.get(d).output]),
  );
  if (sameRequest(rebuildReduceRequest(cell, request, deps), request)) return null;
  return {
    error: `${cell.cell_id}'s recorded prompt holds its chunks' answers as they were; ${cell.dependencies.length === 1 ? "the chunk has" : "its chunks have"} answered differently since, and re-sending would record the old prompt next to a new answer`,
    hint: `${again}; ${cell.cell_id} keeps its prompt and answer`,
  };
}

/** Why the cells store will run the cell (its key may also change in ways not foreseen here). */
function runReason(cell: Cell, force: boolean, inputsMoved: boolean): HeldStep["run_reason"] | null {
  if (force) return "forced";
  if (cell.status === "stale") return "stale";
  if (cell.status === "pending") return "pending";
  return inputsMoved ? "key_changed" : null;
}

/** A dependency that is stale (or whose files changed) and that this replay will not re-run. */
function staleDependency(
  cells: CellStore,
  cell: Cell,
  running: ReadonlySet<string>,
  wanted: ReadonlySet<string>,
  hashes: Map<string, string>,
): { id: string; why: string; hint: string } | null {
  for (const d of cell.dependencies) {
    if (running.has(d) || !cells.has(d)) continue;
    const dep = cells.get(d);
    const moved = dep.status === "stale" ? [] : changedFiles(dep, hashes);
    if (dep.status !== "stale" && moved.length === 0) continue;
    const state = dep.status === "stale" ? "is stale" : `read ${moved.join(", ")}, which changed`;
    if (wanted.has(d) && dep.type === "llm_call")
      return {
        id: d,
        why: `${state} and is served from its cached_response (no force)`,
        hint: `replay with force: true to ask the model again (each call counts against the budget), or run ${(dep.input.operation ?? "the operation").split(".")[0]} again`,
      };
    return {
      id: d,
      why: `${state} and is not re-run by this replay`,
      hint: `replay it too (add ${d} to the cells, or replay "stale"), or run the operation again`,
    };
  }
  return null;
}
