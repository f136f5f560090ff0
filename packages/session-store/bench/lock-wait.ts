// `pnpm bench`, third part: how long update() waits for the session lock when 16 writer
// processes (and a reader) hammer one session at once on this machine — the hooks' worst
// case (Claude Code runs every hook of an event at once; SessionEnd hooks get 1.5 s in all).
// Each writer runs UPDATES updates back to back and records, per update, the time until its
// mutator ran (lock wait + reading session.json) and the whole update. Floor: the same
// update by one writer alone, in the same run. Fresh root per run (see BENCHMARKS.md).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fmt, machineLine, stats, table } from "@rlm/test-utils/bench";
import { build } from "tsdown";
import { createSessionStore } from "../src/index.js";
import { bigSessionState } from "./fixture.js";

const WRITERS = Number(process.env.RLM_BENCH_WRITERS ?? 16);
const UPDATES = Number(process.env.RLM_BENCH_UPDATES ?? 25);
const base = mkdtempSync(join(tmpdir(), "rlm-lock-bench-"));

interface WriterReport {
  waits: number[];
  totals: number[];
  failures: string[];
  spans?: [number, number][];
}

async function bundleWorker(): Promise<string> {
  await build({
    entry: { worker: join(import.meta.dirname, "lock-wait-worker.ts") },
    outDir: join(base, "bundle"),
    format: "esm",
    platform: "node",
    dts: false,
    noExternal: [/.*/],
    logLevel: "silent",
    config: false,
    inputOptions: { resolve: { conditionNames: ["source", "import", "default"] } },
  });
  return join(base, "bundle", "worker.mjs");
}

function start(
  script: string,
  args: string[],
): { child: ChildProcess; ready: Promise<void>; out: Promise<string> } {
  const child = spawn(process.execPath, [script, ...args], { stdio: ["pipe", "pipe", "inherit"] });
  let text = "";
  let onReady: () => void = () => {};
  const ready = new Promise<void>((r) => {
    onReady = r;
  });
  const out = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      text += d.toString();
      if (text.startsWith("ready\n")) onReady();
    });
    child.on("exit", (code) =>
      code === 0 ? resolve(text.slice("ready\n".length)) : reject(new Error(`exit ${code}`)),
    );
  });
  return { child, ready, out };
}

async function run(script: string, root: string, fsync: boolean, writers: number, updates: number) {
  const stop = join(base, `stop-${Math.random()}`);
  const kids = Array.from({ length: writers }, (_, w) =>
    start(script, [root, "bench", String(w), String(updates), String(fsync)]),
  );
  const withReader = writers > 1 && process.env.RLM_BENCH_READER !== "0";
  const reader = withReader ? start(script, [root, "bench", "reader", stop, String(fsync)]) : null;
  await Promise.all([...kids, ...(reader ? [reader] : [])].map((k) => k.ready));
  const t0 = performance.now();
  for (const k of [...kids, ...(reader ? [reader] : [])]) k.child.stdin?.end("g");
  const reports = (await Promise.all(kids.map((k) => k.out))).map((o) => JSON.parse(o) as WriterReport);
  const elapsed = performance.now() - t0;
  writeFileSync(stop, "");
  const reads = reader ? (JSON.parse(await reader.out) as { reads: number }).reads : 0;
  const waits = reports.flatMap((r) => r.waits.filter((w) => Number.isFinite(w)));
  const totals = reports.flatMap((r) => r.totals);
  const failures = reports.flatMap((r) => r.failures);
  // Between one update's end and the next one's mutator: the handoff (release, the next
  // waiter noticing, taking the lock) plus the next holder reading session.json.
  const spans = reports.flatMap((r) => r.spans ?? []).sort((a, b) => a[0] - b[0]);
  const gaps = spans.slice(1).map((s, i) => s[0] - (spans[i] as [number, number])[1]);
  return {
    waits: stats(waits),
    totals: stats(totals),
    failures,
    elapsed,
    reads,
    p99: percentile(waits, 0.99),
    raw: waits,
    rawTotals: totals,
    gaps,
  };
}

function percentile(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? Number.NaN;
}

function session(root: string): void {
  const store = createSessionStore({ root });
  store.create("bench");
  store.update("bench", (s) => bigSessionState(s, 200, 100));
}

// RLM_BENCH_LOCK_BASELINE: a directory holding an earlier bundle of the worker (worker.mjs)
// and a LABEL; its rows are measured in the same run, alternating with the current code.
const baseline = process.env.RLM_BENCH_LOCK_BASELINE;
const BURSTS = Number(process.env.RLM_BENCH_BURSTS ?? 8);

type Result = Awaited<ReturnType<typeof run>>;

/** Several results as one (bursts): all samples pooled. */
async function pooled(rounds: (() => Promise<Result>)[]): Promise<Result> {
  const all: Result[] = [];
  for (const round of rounds) all.push(await round()); // one after the other
  const waits = all.flatMap((r) => r.raw);
  return {
    waits: stats(waits),
    totals: stats(all.flatMap((r) => r.rawTotals)),
    failures: all.flatMap((r) => r.failures),
    elapsed: all.reduce((t, r) => t + r.elapsed, 0),
    reads: all.reduce((t, r) => t + r.reads, 0),
    p99: percentile(waits, 0.99),
    raw: waits,
    rawTotals: all.flatMap((r) => r.rawTotals),
    gaps: all.flatMap((r) => r.gaps),
  };
}

const row = (label: string, r: Result) => [
  label,
  fmt(r.waits.median),
  fmt(r.p99),
  fmt(r.waits.max),
  fmt(r.totals.median),
  fmt(r.totals.max),
  r.failures.length,
  `${Math.round(((r.waits.n + r.failures.length) / r.elapsed) * 1000)}/s`,
  r.gaps.length > 0 ? fmt(stats(r.gaps).median) : "–",
];

try {
  const scripts: [string, string][] = [["", await bundleWorker()]];
  if (baseline) {
    const label = readFileSync(join(baseline, "LABEL"), "utf8").trim();
    scripts.unshift([`before (${label}): `, join(baseline, "worker.mjs")]);
  }
  const storm: (string | number)[][] = [];
  const burst: (string | number)[][] = [];
  let n = 0;
  const fresh = () => {
    const root = join(base, `root-${n++}`);
    session(root);
    return root;
  };
  for (const fsync of [true, false])
    for (const [prefix, script] of scripts) {
      const mode = fsync ? "fsync: true" : "fsync: false";
      storm.push(
        row(`${prefix}1 writer alone (floor), ${mode}`, await run(script, fresh(), fsync, 1, UPDATES)),
      );
      storm.push(
        row(
          `${prefix}${WRITERS} writers + 1 reader, ${mode}`,
          await run(script, fresh(), fsync, WRITERS, UPDATES),
        ),
      );
      if (BURSTS > 0) {
        const root = fresh();
        const rounds = Array.from({ length: BURSTS }, () => () => run(script, root, fsync, WRITERS, 1));
        burst.push(
          row(`${prefix}${WRITERS} writers × 1 update at once (+ reader), ${mode}`, await pooled(rounds)),
        );
      }
    }
  const header = [
    "run",
    "wait p50 ms",
    "wait p99 ms",
    "wait max ms",
    "update p50 ms",
    "update max ms",
    "failed",
    "updates",
    "gap p50 ms",
  ];
  console.log(
    [
      `### Lock wait under ${WRITERS} concurrent writers`,
      "",
      `_${machineLine()}_ · one session (200 file entries, 100 tool outputs), fresh root per run, plus one process loading and listing it throughout`,
      "",
      `Storm: ${WRITERS} writer processes × ${UPDATES} back-to-back update() calls (the worst case: every writer always waiting).`,
      "",
      table(header, storm),
      "",
      `Bursts: ${BURSTS} rounds of ${WRITERS} processes that each make one update() at the same moment (the hooks' case: Claude Code starts every hook of an event at once).`,
      "",
      table(header, burst),
      "",
      "wait: from the update() call until its mutator ran (lock wait + reading session.json); update: the whole call.",
    ].join("\n"),
  );
} finally {
  rmSync(base, { recursive: true, force: true });
}
