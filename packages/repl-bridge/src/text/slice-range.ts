/**
 * The legacy bridge's `start`/`end` slice: `end` is inclusive and -1 means "to the end";
 * negative values count from the end (`start: -3` = the last three).
 * Returns the items and the resolved [from, to) range.
 */
export function sliceRange<T>(
  items: readonly T[],
  start: number,
  end: number,
): { items: T[]; from: number; to: number } {
  const n = items.length;
  const from = Math.min(n, Math.max(0, start < 0 ? n + start : start));
  const to = Math.min(n, Math.max(from, end < 0 ? n + end + 1 : end + 1));
  return { items: items.slice(from, to), from, to };
}
