import { tempDir } from "@rlm/test-utils";
import { expect } from "vitest";
import type { CellStore, OpenCellsOptions, RebuildReport } from "../src/index.js";
import { cellsInDir } from "../src/test-support.js";

export const SESSION = "sess-1";

/** A store over a fresh temporary session directory. */
export function freshStore(options: OpenCellsOptions = {}): {
  store: CellStore;
  dir: string;
  reopen: (o?: OpenCellsOptions) => CellStore;
} {
  const tmp = tempDir("rlm-cells-");
  const dir = tmp.join(SESSION);
  const merged = { cwd: tmp.path, ...options };
  return {
    store: cellsInDir(dir, merged),
    dir,
    reopen: (o = {}) => cellsInDir(dir, { ...merged, ...o }),
  };
}

/** An error's `code`, or undefined when `fn` does not throw. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
}

export function thrown(fn: () => unknown): Error & { code?: string; path?: string[] } {
  try {
    fn();
  } catch (err) {
    return err as Error & { code?: string; path?: string[] };
  }
  throw new Error("expected an error");
}

/**
 * Rebuild the index from the cell files and assert that it found nothing wrong (plus
 * `expected`) and equals the incrementally maintained index, generation and time aside.
 */
export function expectRebuildMatchesIndex(
  store: CellStore,
  expected: Partial<RebuildReport> = {},
): RebuildReport {
  const { gen: _g, updated_at: _u, ...incremental } = store.index();
  const report = store.rebuild();
  expect(report).toMatchObject({
    orphans: [],
    unindexed: [],
    unparsable: [],
    corruptJournalLines: 0,
    ...expected,
  });
  const { gen: _g2, updated_at: _u2, ...rebuilt } = store.index();
  expect(rebuilt).toEqual(incremental);
  return report;
}
