let last = 0;

/**
 * Epoch seconds with microsecond resolution, strictly increasing within this process.
 * `created_at` breaks execution-order ties, so two cells made one after the other by
 * one process must never share it (Date.now() has only millisecond resolution).
 */
export function nowEpochSeconds(): number {
  let t = Math.round((performance.timeOrigin + performance.now()) * 1000) / 1e6;
  if (t <= last) t = Math.round((last + 1e-6) * 1e6) / 1e6;
  last = t;
  return t;
}
