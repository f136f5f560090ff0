let last = 0;
/** Epoch milliseconds at hrtime 0 (calibrate). */
let originMs: number | undefined;

/**
 * Epoch milliseconds at `process.hrtime` 0, to a few microseconds, never early: wait for
 * Date.now() to tick and pair the new millisecond with the hrtime read before the last
 * Date.now() call that still saw the old one (the tick came after that read, so the origin
 * can only be late, by at most the window up to the hrtime read after the new one; a window
 * over 20 µs — the process was descheduled — is retried at the next tick, up to 5 times). ≤ 1 ms per try, once per process. Taking
 * Date.now() as it is would put the origin up to 1 ms early, and times from two processes
 * (a cell's read, another process's file mark) could come out in the wrong order.
 */
function calibrate(): number {
  let origin = 0;
  for (let attempt = 0; attempt < 5; attempt++) {
    let lo = process.hrtime.bigint(); // read before the latest Date.now() that saw the old ms
    const start = Date.now();
    let now = start;
    let hi = lo;
    for (;;) {
      const h = process.hrtime.bigint();
      now = Date.now();
      if (now !== start) {
        hi = process.hrtime.bigint();
        break;
      }
      lo = h;
    }
    origin = now - Number(lo) / 1e6;
    if (hi - lo <= 20_000n) break;
  }
  return origin;
}

/**
 * Epoch seconds with microsecond resolution, strictly increasing within this process.
 * `created_at` breaks execution-order ties, so two cells made one after the other by
 * one process must never share it (Date.now() has only millisecond resolution), and file
 * marks are ordered against cells made by other processes. `process.hrtime`, not
 * `performance.now()`: the `performance` global loads node:perf_hooks (~2 ms), which a
 * hook process must not pay.
 */
export function nowEpochSeconds(): number {
  originMs ??= calibrate();
  const hr = Number(process.hrtime.bigint()) / 1e6;
  // rounded up: never earlier than Date.now() read before it
  let t = Math.ceil((originMs + hr) * 1000) / 1e6;
  if (t <= last) t = Math.round((last + 1e-6) * 1e6) / 1e6;
  last = t;
  return t;
}
