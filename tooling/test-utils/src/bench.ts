import { execFileSync } from "node:child_process";
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

export interface Stats {
  n: number;
  median: number;
  p10: number;
  p90: number;
  p95: number;
  min: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))] ?? Number.NaN;
  return {
    n: s.length,
    median: at(0.5),
    p10: at(0.1),
    p90: at(0.9),
    p95: at(0.95),
    min: s[0] ?? Number.NaN,
    max: at(1),
  };
}

/** Time `fn` `iterations` times (after `warmup` runs); returns per-call milliseconds. */
export function measure(
  fn: (i: number) => void,
  iterations: number,
  warmup = Math.min(20, iterations),
): Stats {
  for (let i = 0; i < warmup; i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return stats(out);
}

/** The floor every save is compared with: open temp, write, fsync, close, rename. */
export function rawAtomicWrite(path: string, data: string | Buffer): void {
  const tmp = `${path}.raw-${process.pid}.tmp`;
  const fd = openSync(tmp, "w", 0o600);
  try {
    writeSync(fd, typeof data === "string" ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Milliseconds for `node -e 0`: the floor for anything that starts a process. */
export function nodeStartupFloor(runs = 10): Stats {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    execFileSync(process.execPath, ["-e", "0"]);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return stats(out);
}

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? "unknown cpu";
  return `${new Date().toISOString().slice(0, 10)} · ${cpu} × ${cpus().length} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · ${process.platform}`;
}

export const fmt = (ms: number): string =>
  ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0);

/** A markdown table row list → string. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A small seeded PRNG (mulberry32): the same seed gives the same fixture on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * CPU time (ms, all threads) the resident helper whose `helper.json` is in `helperDir`
 * has used so far (the schedstat of each of its threads, in /proc); 0 when none runs or not on Linux.
 */
export function helperCpuMs(helperDir: string): number {
  try {
    const { pid } = JSON.parse(readFileSync(join(helperDir, "helper.json"), "utf8")) as { pid: number };
    let ns = 0;
    for (const t of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, "utf8").split(" ")[0]);
    return ns / 1e6;
  } catch {
    return 0;
  }
}
