let last = 0;
let skewMs = 0;
const DRIFT_MS = 20;

/**
 * Epoch seconds with microsecond resolution, strictly increasing within this process.
 * `created_at` breaks execution-order ties, so two cells made one after the other by
 * one process must never share it (Date.now() has only millisecond resolution), and file
 * marks are ordered against cells made by other processes. `performance.timeOrigin` is
 * taken to the microsecond at process start; loading it costs ~2 ms (node:perf_hooks).
 * A clock built on `process.hrtime` with an origin calibrated on a Date.now() tick was
 * tried and reverted (docs/decisions.md §24): it spins up to 1 ms per try, cost as much as
 * the load on average and more in the tail under load, and hung under frozen fake timers.
 */
export function nowEpochSeconds(): number {
  const wall = Date.now();
  let ms = performance.timeOrigin + performance.now() + skewMs;
  // A long-lived process (rlm-hook's resident helper) outlives a suspend or a clock step,
  // which the monotonic clock does not see: follow the wall clock when they part by more
  // than DRIFT_MS (never in a short-lived process, where they agree to the millisecond).
  if (Math.abs(ms - wall) > DRIFT_MS) {
    skewMs += wall - ms;
    ms = wall;
  }
  let t = Math.round(ms * 1000) / 1e6;
  if (t <= last) t = Math.round((last + 1e-6) * 1e6) / 1e6;
  last = t;
  return t;
}
