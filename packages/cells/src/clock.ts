let last = 0;
/** Epoch milliseconds at hrtime 0, fixed on first use (Date.now() alone has ms resolution). */
let originMs: number | undefined;

/**
 * Epoch seconds with microsecond resolution, strictly increasing within this process.
 * `created_at` breaks execution-order ties, so two cells made one after the other by
 * one process must never share it (Date.now() has only millisecond resolution).
 * `process.hrtime`, not `performance.now()`: the `performance` global loads
 * node:perf_hooks (~2 ms), which a hook process must not pay.
 */
export function nowEpochSeconds(): number {
  const hr = Number(process.hrtime.bigint()) / 1e6;
  originMs ??= Date.now() - hr;
  let t = Math.round((originMs + hr) * 1000) / 1e6;
  if (t <= last) t = Math.round((last + 1e-6) * 1e6) / 1e6;
  last = t;
  return t;
}
