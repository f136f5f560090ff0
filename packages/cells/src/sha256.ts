import { createRequire } from "node:module";

// SHA-256 without node:crypto for the small inputs of the hot path (cache keys, keyed ids,
// small files): loading node:crypto costs a hook process ~6.5 ms (it pulls in the stream
// machinery). Bigger inputs go to node:crypto, loaded on first use: in a fresh process the
// JS code is not optimized yet, so it hashes ~1 KB/ms at first — measured, 2 KB costs
// 1.6 ms in JS (native 7 ms with the load), 8 KB 6.3 ms (about even), 16 KB 8.8 ms and
// 40 KB 8–14 ms (native still ~7 ms). Checked against node:crypto in sha256.test.ts.

/** Inputs at least this long are hashed by node:crypto. */
export const NATIVE_FROM_BYTES = 8 * 1024;

function primes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}

// FIPS 180-4 §4.2.2 / §5.3.3: fractional parts of cube / square roots of the first primes.
const frac32 = (x: number) => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0;
const P = primes(64);
const K = Uint32Array.from(P, (p) => frac32(Math.cbrt(p)));
const H0 = Uint32Array.from(P.slice(0, 8), (p) => frac32(Math.sqrt(p)));
const W = new Uint32Array(64);

function compress(h: Uint32Array, v: Uint8Array, at: number): void {
  const w = W;
  for (let i = 0, j = at; i < 16; i++, j += 4)
    w[i] =
      ((v[j] as number) << 24) |
      ((v[j + 1] as number) << 16) |
      ((v[j + 2] as number) << 8) |
      (v[j + 3] as number);
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = h[0] as number;
  let b = h[1] as number;
  let c = h[2] as number;
  let d = h[3] as number;
  let e = h[4] as number;
  let f = h[5] as number;
  let g = h[6] as number;
  let k = h[7] as number;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (k + S1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] as number) + a;
  h[1] = (h[1] as number) + b;
  h[2] = (h[2] as number) + c;
  h[3] = (h[3] as number) + d;
  h[4] = (h[4] as number) + e;
  h[5] = (h[5] as number) + f;
  h[6] = (h[6] as number) + g;
  h[7] = (h[7] as number) + k;
}

function jsSha256(bytes: Uint8Array): string {
  const h = Uint32Array.from(H0);
  const full = bytes.length - (bytes.length % 64);
  for (let at = 0; at < full; at += 64) compress(h, bytes, at);
  const tail = new Uint8Array(bytes.length - full < 56 ? 64 : 128);
  tail.set(bytes.subarray(full));
  tail[bytes.length - full] = 0x80;
  const tv = new DataView(tail.buffer);
  const bits = bytes.length * 8;
  tv.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
  tv.setUint32(tail.length - 4, bits >>> 0);
  for (let at = 0; at < tail.length; at += 64) compress(h, tail, at);
  let out = "";
  for (const word of h) out += word.toString(16).padStart(8, "0");
  return out;
}

let native: typeof import("node:crypto") | undefined;

/** Lowercase hex SHA-256 of `data` (a string is hashed as UTF-8). */
export function sha256Hex(data: string | Uint8Array): string {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  if (bytes.length < NATIVE_FROM_BYTES) return jsSha256(bytes);
  native ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return native.createHash("sha256").update(bytes).digest("hex");
}

/** An incremental hash of many chunks (a file read in pieces): native, loaded on first use. */
export function nativeSha256(): import("node:crypto").Hash {
  native ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return native.createHash("sha256");
}
