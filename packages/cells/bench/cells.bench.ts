// pnpm bench: the figures of issue 3, printed as the BENCHMARKS.md section. Exits 1 when a target is missed.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, machineLine, measure, rawAtomicWrite, type Stats, stats, table } from "@rlm/test-utils/bench";
import { cellsInDir } from "../src/test-support.js";
import { cellIdFor, fixtureSpecs } from "./fixture.js";
import { mkTemp, type Row, renderSection } from "./report.js";

const rows: Row[] = [];
const root = mkTemp();

// 1. Creating cells one by one, with fsync, in a long-lived process that holds the index.
// Two sessions are grown side by side: "small" to its 51st–150th cell and "large" to its
// 9,901st–10,000th, alternating one create in each (and one raw atomic write of the same
// bytes, the floor) so that all three see the same machine load: these machines are shared.
const N = 10_000;
const elapsed = (fn: () => void) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const s10k = join(root, "bench-10k");
const store = cellsInDir(s10k, { cwd: "/" });
const small = cellsInDir(join(root, "bench-100"), { cwd: "/" });
store.size;
small.size;
const createMs: number[] = [];
for (const spec of fixtureSpecs(0, N - 100)) createMs.push(elapsed(() => store.create(spec)));
for (const spec of fixtureSpecs(0, 50)) small.create(spec);
const smallSpecs = [...fixtureSpecs(50, 150)];
const largeSpecs = [...fixtureSpecs(N - 100, N)];
const smallMs: number[] = [];
const largeMs: number[] = [];
const floorMs: number[] = [];
let cellBytes = readFileSync(join(s10k, "cells", `${cellIdFor(N - 101)}.json`));
for (let i = 0; i < 100; i++) {
  // Rotate the order: an fsync also pays for committing the previous operation's rename.
  const steps = [
    () => smallMs.push(elapsed(() => small.create(smallSpecs[i] as (typeof smallSpecs)[number]))),
    () => {
      let id = "";
      largeMs.push(elapsed(() => (id = store.create(largeSpecs[i] as (typeof largeSpecs)[number]).cell_id)));
      cellBytes = readFileSync(join(s10k, "cells", `${id}.json`));
    },
    () => floorMs.push(elapsed(() => rawAtomicWrite(join(root, `floor-${i % 8}.json`), cellBytes))),
  ];
  for (let k = 0; k < 3; k++) (steps[(i + k) % 3] as () => void)();
}
createMs.push(...largeMs);
const at100 = stats(smallMs);
const at10k = stats(largeMs);
const floor = stats(floorMs);
let freshN = 0;
const fresh = measure(
  () =>
    cellsInDir(s10k, { cwd: "/" }).create({
      type: "tool",
      cellId: cellIdFor(9_000_000 + freshN++),
    }),
  100,
);
const mean = createMs.reduce((a, b) => a + b, 0) / N;
rows.push(
  { figure: "create, cells 51–150", value: at100.median, note: `p90 ${fmt(at100.p90)}` },
  { figure: "create, cells 9,901–10,000", value: at10k.median, note: `p90 ${fmt(at10k.p90)}` },
  { figure: "10,000th ÷ 100th (create time)", value: at10k.median / at100.median, unit: "×", target: 2 },
  {
    figure: "10,000th ÷ 100th (create time above the floor)",
    value: (at10k.median - floor.median) / (at100.median - floor.median),
    unit: "×",
    target: 2,
  },
  {
    figure: `floor: raw atomic write of the cell file (${cellBytes.length} B), same loop`,
    value: floor.median,
  },
  { figure: "create at 10k − floor", value: at10k.median - floor.median, target: 1 },
  { figure: "seed target: create cell", value: at10k.median, target: 5 },
  {
    figure: "create, mean over all 10,000 (incl. compactions)",
    value: mean,
    note: `max ${fmt(Math.max(...createMs))}`,
  },
  { figure: "create from a just-opened store at 10k (hook process)", value: fresh.median },
);

// 2. Queries at 10,000 cells, each right after a structural change (so nothing is cached).
const q = cellsInDir(s10k, { cwd: "/" });
let k = 0;
const loadMs = measure(() => cellsInDir(s10k, { cwd: "/" }).size, 5, 1);
const afterChange = (fn: () => void): Stats => {
  const out: number[] = [];
  for (let n = 0; n < 50; n++) {
    q.create({ type: "tool", cellId: cellIdFor(8_000_000 + k++) });
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return stats(out);
};
const deepest = q.list({ type: "verification" }).at(-1)?.cellId as string;
rows.push(
  { figure: "open + load index at 10k", value: loadMs.median },
  { figure: "execution order at 10k", value: afterChange(() => q.executionOrder()).median, target: 5 },
  {
    figure: `dependency chain at 10k (${q.dependencyChain(deepest).length} cells)`,
    value: afterChange(() => q.dependencyChain(deepest)).median,
    target: 5,
  },
  { figure: "query by type at 10k", value: afterChange(() => q.list({ type: "repl" })).median, target: 5 },
  {
    figure: "seed target: query cells",
    value: afterChange(() => q.list({ type: "repl" })).median,
    target: 10,
  },
);

// 3. 100,000 cells: built with createMany (fsync off), queried in a separate process.
const s100k = join(root, "bench-100k");
const big = cellsInDir(s100k, { cwd: "/", fsync: false });
const buildStart = process.hrtime.bigint();
for (let from = 0; from < 100_000; from += 10_000) {
  big.createMany([...fixtureSpecs(from, from + 10_000)]);
}
big.flush();
const buildS = Number(process.hrtime.bigint() - buildStart) / 1e9;
const child = fileURLToPath(new URL("./query-child.ts", import.meta.url));
const r = JSON.parse(
  execFileSync(
    process.execPath,
    ["--conditions=source", "--import", "tsx", child, s100k, join(root, "chain")],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  ),
);
rows.push(
  { figure: "open + load index at 100k (child process)", value: r.loadMs },
  { figure: "execution order at 100k", value: r.order.median, target: 50 },
  { figure: "execution order at 100k, heap (Kahn) path", value: r.kahn.median, target: 50 },
  { figure: `dependency chain at 100k (${r.chainLength} cells)`, value: r.chain.median, target: 50 },
  { figure: `query by type at 100k (${r.byTypeCount} cells)`, value: r.byType.median, target: 50 },
  { figure: "10k chain: execution order", value: r.chain10k.order.median, target: 5 },
  {
    figure: "10k chain: dependency chain of the last cell (9,999)",
    value: r.chain10k.chain.median,
    target: 5,
  },
  { figure: "10k chain: transitive dependents of the first cell", value: r.chain10k.dependents.median },
  { figure: "100k chain: execution order", value: r.chain100k.order.median, target: 50 },
  {
    figure: "100k chain: dependency chain of the last cell (99,999)",
    value: r.chain100k.chain.median,
    target: 50,
  },
  { figure: "100k chain: transitive dependents of the first cell", value: r.chain100k.dependents.median },
  {
    figure: `invalidate a file read by 1% (${r.readersPerFile} cells), first call: ${r.invalidateColdChanged} cells → stale`,
    value: r.invalidateCold,
    target: 100,
  },
  {
    figure: `invalidate, 19 more files (median ${r.invalidateChanged.median} cells → stale)`,
    value: r.invalidate.median,
    target: 100,
  },
  {
    figure: "peak RSS of the 100k query process",
    value: r.peakRssMb,
    unit: "MB",
    target: 300,
    note: `${r.baselineRssMb.toFixed(0)} MB of it before opening (node + tsx loader)`,
  },
  { figure: "heapUsed after the 100k queries", value: r.heapUsedMb, unit: "MB", target: 300 },
);

const { text, missed } = renderSection(rows, machineLine(), buildS, table);
process.stdout.write(`${text}\n`);
rmSync(root, { recursive: true, force: true });
process.exit(missed > 0 ? 1 : 0);
