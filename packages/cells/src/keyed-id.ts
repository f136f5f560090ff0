import type { Cell } from "@rlm/session-schema/core";
import { readCell } from "./cell-file.js";
import type { CellPaths } from "./paths.js";
import { sha256Hex } from "./sha256.js";

// Keyed cells (a tool_use_id, an agent id) get ids derived from their key: attempt k is
// `cell_` + the first 8 hex digits of sha256("<k>\n<key>"). A lookup walks the attempts
// until it finds the cell carrying the key (`extra.key`) or a free id; since cells are
// never deleted, the walk is the same from every process at any time, and two keys that
// collide simply take different attempts. 32 bits per attempt: at 100,000 cells an
// attempt is taken with probability 2.3e-5, so a lookup almost always reads one file.

export const MAX_KEY_ATTEMPTS = 64;

export function keyedCellId(key: string, attempt: number): string {
  return `cell_${sha256Hex(`${attempt}\n${key}`).slice(0, 8)}`;
}

export function keyOf(cell: Cell): string | null {
  const k = cell.extra?.key;
  return typeof k === "string" ? k : null;
}

/**
 * Walk the attempts for `key`: `{ found }` with the cell that carries it, or `{ free }`
 * with the first id no cell has. A cell file that cannot be read counts as taken.
 */
export function probeKey(paths: CellPaths, key: string): { found: Cell } | { free: string; attempt: number } {
  for (let attempt = 0; attempt < MAX_KEY_ATTEMPTS; attempt++) {
    const id = keyedCellId(key, attempt);
    let cell: Cell;
    try {
      cell = readCell(paths, id);
    } catch (err) {
      if ((err as { code?: string }).code === "ERR_RLM_CELL_NOT_FOUND") return { free: id, attempt };
      continue;
    }
    if (keyOf(cell) === key) return { found: cell };
  }
  throw new Error(
    `no free id for key ${JSON.stringify(key).slice(0, 80)} after ${MAX_KEY_ATTEMPTS} attempts in ${paths.dir}`,
  );
}
