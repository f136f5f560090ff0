import type { Cell } from "@rlm/session-schema/core";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./sha256.js";

// A cell's cache key: what its output was computed from. Two runs with the same key may
// share an output; a cell whose key changed may not be served from cache.

/** Marker for a file the cell read that is gone now: always differs from any recorded hash. */
export const DELETED = "deleted";

type KeyedCell = Pick<Cell, "type" | "code" | "dependencies"> & {
  input: Pick<Cell["input"], "source" | "operation" | "args">;
};
type OutputLike = Pick<Cell["output"], "result" | "error" | "cached_response">;

const sha256 = (text: string): string => `sha256:${sha256Hex(text)}`;

/** Digest of what a cell hands to its dependents. */
export function outputDigest(output: OutputLike): string {
  return sha256(canonicalJson([output.result ?? null, output.error ?? null, output.cached_response ?? null]));
}

/**
 * The key over operation/code, args, the hashes of the files read (path → hash, `null` for
 * "content unknown", DELETED for gone) and the outputs of the dependencies (id → digest).
 */
export function cacheKey(
  cell: KeyedCell,
  fileHashes: Readonly<Record<string, string | null>>,
  dependencyDigests: Readonly<Record<string, string>>,
): string {
  const files = Object.keys(fileHashes)
    .sort()
    .map((p) => [p, fileHashes[p] ?? null]);
  const deps = [...cell.dependencies].sort().map((d) => [d, dependencyDigests[d] ?? null]);
  const { source, operation, args } = cell.input;
  return sha256(
    canonicalJson(["rlm-cell-key/1", cell.type, source, operation, cell.code, args ?? null, files, deps]),
  );
}
