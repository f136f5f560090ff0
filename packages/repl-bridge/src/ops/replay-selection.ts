import type { CellStore } from "@rlm/cells";
import { usageError } from "../errors/repl-error.js";
import { findOpOrNull } from "./registry.js";

const RANGE = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/;

/**
 * The cell ids a replay selection names: ids, a 1-based inclusive range in creation order
 * (`"2-4"`, `"3"`), `"stale"` or `"all"`. Cells recorded by ops that must not re-run inside
 * a replay (a replay's own cell) are left out and listed with the reason.
 */
export function resolveReplaySelection(
  cells: CellStore,
  selection: string | readonly string[],
): { ids: string[]; excluded: { cell_id: string; reason: string }[] } {
  let ids: string[];
  if (Array.isArray(selection)) ids = [...selection];
  else if (selection === "stale" || selection === "all") {
    const status = selection === "stale" ? "stale" : undefined;
    ids = cells.list(status === undefined ? {} : { status }).map((c) => c.cellId);
  } else {
    const m = RANGE.exec(selection as string);
    if (m === null)
      throw usageError(
        `bad replay selection ${JSON.stringify(selection)}`,
        'use cell ids (["cell_…"]), a range "2-4", "stale" or "all"',
      );
    const all = cells.list();
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from)
      throw usageError(
        `replay range ${from}-${to} is reversed: its first position is after its last`,
        `write the lower position first: "${to}-${from}"`,
      );
    if (from < 1 || to > all.length)
      throw usageError(
        `replay range ${from}-${to} is outside 1-${all.length} (cells in creation order)`,
        all.length === 0
          ? "the session has no cells yet"
          : `positions run from 1 to ${all.length}; \`rlm-repl --op cells\` lists the cells in creation order`,
      );
    ids = all.slice(from - 1, to).map((c) => c.cellId);
  }
  const excluded: { cell_id: string; reason: string }[] = [];
  const kept: string[] = [];
  for (const id of ids) {
    const op = replayOp(cells, id);
    if (op !== null && !op.replayable)
      excluded.push({ cell_id: id, reason: `records a ${op.name} run, which a replay does not re-run` });
    else kept.push(id);
  }
  return { ids: kept, excluded };
}

/** The op that recorded a repl cell, when it was rlm-repl. */
function replayOp(cells: CellStore, id: string) {
  const summary = cells.has(id) ? cells.get(id) : null; // missing ids: let replay report them
  if (summary === null || summary.type !== "repl" || summary.input.source !== "rlm-repl") return null;
  return findOpOrNull(summary.input.operation ?? "");
}
