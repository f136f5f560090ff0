import { basename, join } from "node:path";
import { measure, stats } from "@rlm/test-utils/bench";
import { topoOrder } from "../src/graph/topo-order.js";
import { readIndex } from "../src/index-file.js";
import { cellsInDir, writeChainIndex } from "../src/test-support.js";
import { cellIdFor, FILES, filePath } from "./fixture.js";

const [dagDir, chainDir] = process.argv.slice(2) as [string, string];
const out: Record<string, unknown> = { baselineRssMb: process.memoryUsage().rss / 2 ** 20 };
const time = (fn: () => void) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

// Realistic DAG (built by the parent through createMany).
const store = cellsInDir(dagDir, { cwd: "/", fsync: false });
out.loadMs = time(() => store.size);
out.cells = store.size;
let extra = 0;
const afterChange = (fn: () => void) => {
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    store.create({ type: "tool", cellId: cellIdFor(5_000_000 + extra++) });
    samples.push(time(fn));
  }
  return stats(samples);
};
out.order = afterChange(() => store.executionOrder());
const deepest = store.list({ type: "verification" }).at(-1)?.cellId as string;
out.chainLength = store.dependencyChain(deepest).length;
out.chain = afterChange(() => store.dependencyChain(deepest));
out.byType = afterChange(() => store.list({ type: "repl" }));
out.byTypeCount = store.list({ type: "repl" }).length;
const inv: number[] = [];
const changed: number[] = [];
for (let j = 0; j < 20; j++) {
  let n = 0;
  inv.push(time(() => (n = store.invalidate({ filePath: join("/", filePath(j)) }).length)));
  changed.push(n);
}
out.invalidateCold = inv[0];
out.invalidateColdChanged = changed[0];
out.invalidate = stats(inv.slice(1));
out.invalidateChanged = stats(changed.slice(1));
out.readersPerFile = store.size / FILES;
out.peakRssMb = process.resourceUsage().maxRSS / 1024;
out.heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;

// The heap path of the topological sort, on the same graph (taken when edges point backwards in time).
store.flush();
const { graph } = readIndex(join(dagDir, "cells", "index.json"), "bench-100k", "/");
out.kahn = measure(() => topoOrder(graph.inKeyOrder()), 10, 2);

// Single chains of 10,000 and 100,000 cells, written straight into index.json.
function chainStore(n: number, dir: string) {
  cellsInDir(dir);
  const ids = writeChainIndex(dir, basename(dir), n);
  const store = cellsInDir(dir, { fsync: false });
  store.size;
  return {
    order: measure(() => store.executionOrder(), 10, 2),
    chain: measure(() => store.dependencyChain(ids[n - 1] as string), 10, 2),
    dependents: measure(() => store.dependents(ids[0] as string, { transitive: true }), 10, 2),
  };
}
out.chain10k = chainStore(10_000, `${chainDir}-10k`);
out.chain100k = chainStore(100_000, chainDir);

process.stdout.write(JSON.stringify(out));
