// Random identifiers for lock tokens and temp / staging names. Math.random (seeded per
// process from the OS's entropy) rather than node:crypto: these only have to be unique,
// not secret, and loading node:crypto costs a hook process ~6 ms of CPU before it has done
// anything (measured; see BENCHMARKS.md). Exclusive creates (O_EXCL, link, mkdir) make a
// collision an error, never a clobber.

/** `digits` (≤ 13, i.e. ≤ 52 bits: one Math.random) random lowercase hex digits. */
function hex52(digits: number): string {
  return Math.floor(Math.random() * 2 ** (digits * 4))
    .toString(16)
    .padStart(digits, "0");
}

/** `digits` random lowercase hex digits. */
export function randomHex(digits: number): string {
  let out = "";
  for (let left = digits; left > 0; left -= 13) out += hex52(Math.min(13, left));
  return out;
}
