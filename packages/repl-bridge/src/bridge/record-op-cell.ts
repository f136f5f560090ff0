import { type CellStore, snapshotFiles } from "@rlm/cells";
import type { OpOutcome } from "../ops/op-spec.js";

export const CELL_SOURCE = "rlm-repl";

/**
 * Record one run of an op as a `repl` cell, already completed: its inputs, the files it
 * read (hashed now, right after the run), and its output or error. Returns the cell id.
 */
export function recordOpCell(
  cells: CellStore,
  op: string,
  args: Record<string, unknown>,
  run: { outcome?: OpOutcome; error?: string; ms: number; depth: number },
): string {
  const files = snapshotFiles([...(run.outcome?.files ?? [])]);
  const cell = cells.create({
    type: "repl",
    input: {
      source: CELL_SOURCE,
      operation: op,
      args,
      context_snapshot: { files, ...run.outcome?.snapshot },
    },
    dependencies: run.outcome?.dependencies ?? [],
    metadata: { depth: run.depth },
    output: {
      result: run.outcome?.result ?? null,
      error: run.error ?? null,
      executionTimeMs: run.ms,
    },
  });
  return cell.cell_id;
}
