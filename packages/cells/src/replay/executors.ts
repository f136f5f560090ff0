import type { Cell, CellType } from "@rlm/session-schema/core";

export type CellOutputDoc = Cell["output"];

/**
 * Re-runs one cell. Gets the cell (as stored) and the outputs of its dependencies (as
 * they are now, after any re-run earlier in the same replay). Returns the new result, or
 * `withCachedResponse(result, text)` to store an LLM's exact text too. Throw to fail.
 * May be sync or async; replay awaits it.
 */
export type CellExecutor = (cell: Cell, dependencies: Readonly<Record<string, CellOutputDoc>>) => unknown;

export type CellExecutors = Partial<Record<CellType, CellExecutor>>;

const BRAND = Symbol.for("@rlm/cells.executor-output");

export interface ExecutorOutput {
  readonly [BRAND]: true;
  readonly result: unknown;
  readonly cachedResponse: string | null;
}

export function withCachedResponse(result: unknown, cachedResponse: string | null): ExecutorOutput {
  return { [BRAND]: true, result, cachedResponse };
}

export function unwrapExecutorOutput(value: unknown): {
  result: unknown;
  cachedResponse: string | null | undefined;
} {
  if (typeof value === "object" && value !== null && (value as Partial<ExecutorOutput>)[BRAND] === true) {
    const v = value as ExecutorOutput;
    return { result: v.result, cachedResponse: v.cachedResponse };
  }
  return { result: value, cachedResponse: undefined };
}
