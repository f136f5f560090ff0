import type { Cell } from "@rlm/session-schema/core";
import { cacheKey, outputDigest } from "./cache-key.js";
import { readCell } from "./cell-file.js";
import type { CellPaths } from "./paths.js";

/** The key a cell's current output was computed under, over its recorded file hashes. */
export function keyAtCompletion(paths: CellPaths, cell: Cell, known?: ReadonlyMap<string, Cell>): string {
  const digests: Record<string, string> = {};
  for (const dep of cell.dependencies) {
    const d = known?.get(dep) ?? tryRead(paths, dep);
    digests[dep] = d === null ? "missing" : outputDigest(d.output);
  }
  return cacheKey(cell, cell.input.context_snapshot.files, digests);
}

/** Store `key` as `extra.cache_key`. */
export function setCacheKey(cell: Cell, key: string): void {
  cell.extra = { ...(cell.extra ?? {}), cache_key: key };
}

function tryRead(paths: CellPaths, id: string): Cell | null {
  try {
    return readCell(paths, id);
  } catch {
    return null;
  }
}
