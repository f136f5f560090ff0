import type { Cell } from "@rlm/session-schema/core";
import { outputDigest } from "../cache-key.js";
import { readCell } from "../cell-file.js";
import type { CellNode } from "../graph/cell-node.js";
import { markStale } from "../invalidate.js";
import { getCell } from "../queries.js";
import { ensureView, locked, type StoreContext } from "../store-context.js";
import type { InvalidationChange, InvalidationReason } from "../types.js";
import { currentKey, DiskHashes, digestsOf, recordedKey } from "./current-key.js";
import type { CellExecutors, CellOutputDoc } from "./executors.js";
import type { ReplayOutcome, ReplayReport, ReplayStep, RunReason } from "./replay-report.js";
import { runCell } from "./run-cell.js";
import { type ReplaySelection, resolveSelection } from "./selection.js";

export interface ReplayOptions {
  /** Re-run every selected cell, even fresh ones, and llm_calls instead of serving cached_response. */
  force?: boolean;
}

/**
 * Walk the selected cells in execution order. A cell runs when it is stale, pending,
 * forced, or its cache key no longer matches (a file it read or a dependency's output
 * changed); otherwise its stored output is reused. An llm_call with a cached_response is
 * served from it unless forced. Dependencies outside the selection provide their stored output.
 */
export async function replay(
  ctx: StoreContext,
  selection: ReplaySelection,
  executors: CellExecutors,
  options: ReplayOptions = {},
): Promise<ReplayReport> {
  const graph = ensureView(ctx).graph;
  const selected = resolveSelection(selection, graph);
  const disk = new DiskHashes(ctx.cwd);
  const outputs = new Map<string, CellOutputDoc>();
  const blocked = new Map<string, NonNullable<ReplayStep["blockedBy"]>>();
  const changed: string[] = [];
  const midRun: InvalidationChange[] = [];
  const steps: ReplayStep[] = [];

  const outputOf = (id: string): CellOutputDoc => {
    let o = outputs.get(id);
    if (o === undefined) {
      o = readCell(ctx.paths, id).output;
      outputs.set(id, o);
    }
    return o;
  };

  for (const id of selected) {
    const cell = getCell(ctx, id);
    const deps: Record<string, CellOutputDoc> = {};
    for (const d of cell.dependencies) deps[d] = outputOf(d);
    const digests = digestsOf(deps);
    const base = {
      cellId: id,
      position: graph.positionOf(graph.nodes.get(id) as CellNode) + 1,
      type: cell.type,
    };
    const runReason = whyRun(
      cell,
      options.force === true,
      () => currentKey(cell, disk, digests) !== recordedKey(cell, digests),
    );
    outputs.set(id, cell.output);

    if (runReason === null) {
      const cachedError = cell.status === "error" ? (cell.output.error ?? "error") : undefined;
      if (cachedError !== undefined) blocked.set(id, "cached_error");
      steps.push({
        ...base,
        outcome: "cached",
        fresh: false,
        from: "output",
        ...(cachedError !== undefined ? { error: cachedError } : {}),
      });
      continue;
    }
    if (cell.type === "llm_call" && options.force !== true && cell.output.cached_response !== null) {
      steps.push({ ...base, outcome: "cached", fresh: false, from: "cached_response", runReason });
      continue;
    }
    const via = cell.dependencies.find((d) => blocked.has(d));
    if (via !== undefined) {
      blocked.set(id, "skipped");
      steps.push({ ...base, outcome: "skipped", fresh: false, runReason, via, blockedBy: blocked.get(via) });
      continue;
    }
    const executor = executors[cell.type];
    if (executor === undefined) {
      blocked.set(id, "needs_executor");
      steps.push({ ...base, outcome: "needs_executor", fresh: false, runReason });
      continue;
    }
    const before = outputDigest(cell.output);
    const run = await runCell(ctx, cell, executor, deps);
    disk.forget(); // the executor may have written files that later cells read
    midRun.push(...run.invalidated);
    outputs.set(id, run.output);
    if (outputDigest(run.output) !== before) changed.push(id);
    if (run.ok) steps.push({ ...base, outcome: "live", fresh: true, runReason, durationMs: run.durationMs });
    else {
      blocked.set(id, "failed");
      steps.push({
        ...base,
        outcome: "failed",
        fresh: true,
        runReason,
        error: run.error,
        durationMs: run.durationMs,
      });
    }
  }
  return {
    steps,
    counts: countOutcomes(steps),
    invalidated: [...midRun, ...invalidateDownstream(ctx, changed, new Set(selected))],
  };
}

function whyRun(cell: Cell, force: boolean, keyChanged: () => boolean): RunReason | null {
  if (force) return "forced";
  if (cell.status === "stale") return "stale";
  if (cell.status === "pending") return "pending";
  return keyChanged() ? "key_changed" : null;
}

/** Dependents outside the selection of cells whose output changed can no longer be trusted. */
function invalidateDownstream(ctx: StoreContext, changed: string[], selected: ReadonlySet<string>) {
  if (changed.length === 0) return [];
  return locked(ctx, () => {
    const graph = ensureView(ctx).graph;
    const sources = new Map<string, InvalidationReason>();
    for (const id of changed) {
      for (const d of graph.nodes.get(id)?.dependents ?? []) {
        if (!selected.has(d) && !sources.has(d)) sources.set(d, { kind: "dependency_changed", via: id });
      }
    }
    return markStale(ctx, graph, sources);
  });
}

function countOutcomes(steps: readonly ReplayStep[]): Record<ReplayOutcome, number> {
  const counts: Record<ReplayOutcome, number> = {
    cached: 0,
    live: 0,
    failed: 0,
    skipped: 0,
    needs_executor: 0,
  };
  for (const s of steps) counts[s.outcome]++;
  return counts;
}
