// `pnpm bench` for @rlm/repl-bridge / rlm-repl: whole-process cost of the built plugin bundle
// (`node dist/plugin/rlm-repl.cjs …`) over `node -e 0`, measured in alternating pairs in the
// same run, on a 10,000-cell session and a 100,000-node memory database built in a fresh
// temporary directory. Also: what the bundle loads (files, built-in modules) and, in this
// process, what the cells package's own index load costs (the part that is not rlm-repl's).
// Prints the BENCHMARKS.md section. Budget: ≤ 30 ms median overhead per operation.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCells } from "@rlm/cells";
import { createSessionStore } from "@rlm/session-store";
import { fmt, machineLine, measure, stats, table } from "@rlm/test-utils/bench";
import { buildBigSession, buildMemoryDb, SESSION_ID } from "./fixtures.js";

const RUNS = Number(process.env.RLM_BENCH_RUNS ?? 20);
const CELLS = 10_000;
const NODES = 100_000;
const BUDGET_MS = 30;
const BIN = join(import.meta.dirname, "..", "dist", "plugin", "rlm-repl.cjs");

const base = mkdtempSync(join(tmpdir(), "rlm-repl-bench-"));
const root = join(base, "sessions");
const memoryDb = join(base, "rlm-memory.db");
const probe = join(base, "probe.cjs");
// Each child reports its CPU time and what it loaded on exit (stderr, one line).
writeFileSync(
  probe,
  `process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write("@@probe " + JSON.stringify({ cpu: (u.user + u.system) / 1000, files: Object.keys(require.cache).length, builtins: process.moduleLoadList.filter((m) => m.startsWith("NativeModule")).length }) + "\\n"); });\n`,
);
const env = {
  ...process.env,
  RLM_SESSIONS_DIR: root,
  RLM_MEMORY_DB: memoryDb,
  HOME: join(base, "home"),
  ANTHROPIC_API_KEY: "",
};

interface Probe {
  wall: number;
  cpu: number;
  files: number;
  builtins: number;
}

function once(args: string[]): Probe {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", probe, ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 28,
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const line = /@@probe (.*)/.exec(r.stderr.toString())?.[1];
  if (r.status !== 0 || line === undefined)
    throw new Error(
      `node ${args.join(" ")} exited ${r.status}: ${r.stdout.toString().slice(0, 300)} ${r.stderr.toString().slice(0, 300)}`,
    );
  return { wall, ...(JSON.parse(line) as Omit<Probe, "wall">) };
}

function pairwise(args: string[]) {
  for (let i = 0; i < 2; i++) once(args);
  const floor: Probe[] = [];
  const run: Probe[] = [];
  for (let i = 0; i < RUNS; i++) {
    const pair = i % 2 === 0 ? [once(["-e", "0"]), once(args)] : [once(args), once(["-e", "0"])].reverse();
    floor.push(pair[0] as Probe);
    run.push(pair[1] as Probe);
  }
  return {
    floor: stats(floor.map((p) => p.wall)),
    run: stats(run.map((p) => p.wall)),
    delta: stats(run.map((p, i) => p.wall - (floor[i] as Probe).wall)),
    cpuDelta: stats(run.map((p, i) => p.cpu - (floor[i] as Probe).cpu)),
    files: run[0]?.files ?? 0,
    builtins: run[0]?.builtins ?? 0,
    floorBuiltins: floor[0]?.builtins ?? 0,
  };
}

try {
  let t = performance.now();
  const { last } = buildBigSession(root, CELLS);
  const sessionMs = performance.now() - t;
  t = performance.now();
  const words = buildMemoryDb(memoryDb, NODES);
  const dbMs = performance.now() - t;

  const ops: [string, string[]][] = [
    ["load the bundle only (`-V`)", ["-V"]],
    ["`--op cells` (first 100 of 10,000, execution order)", ["--op", "cells"]],
    [
      "`--op dependency_chain` (last cell: 9,999 ancestor ids, 100 summaries)",
      ["--op", "dependency_chain", "--args", JSON.stringify({ cell_id: last })],
    ],
    [
      "`--op dependency_chain` (last cell, `limit: 10000`: all 9,999 summaries, ~1.9 MB)",
      ["--op", "dependency_chain", "--args", JSON.stringify({ cell_id: last, limit: 10_000 })],
    ],
    [
      "`--op dependency_chain` (a cell 10 deep)",
      ["--op", "dependency_chain", "--args", JSON.stringify({ cell_id: null })],
    ],
    [
      `\`--op memory_query\` (a word in ${words.counts[words.rare]} of 100,000 nodes)`,
      ["--op", "memory_query", "--args", JSON.stringify({ query: words.rare })],
    ],
    [
      `\`--op memory_query\` (a word in ${words.counts[words.middling]} nodes)`,
      ["--op", "memory_query", "--args", JSON.stringify({ query: words.middling })],
    ],
    [
      `\`--op memory_query\` (a word in ${words.counts[words.common]} nodes)`,
      ["--op", "memory_query", "--args", JSON.stringify({ query: words.common })],
    ],
  ];
  // A cell 10 deep: the 11th cell in creation order.
  const store = createSessionStore({ root });
  const cells = openCells(store, SESSION_ID);
  const eleventh = cells.list()[10]?.cellId as string;
  (ops[4] as [string, string[]])[1][3] = JSON.stringify({ cell_id: eleventh });

  // Not an operation: what reading and parsing the session's index.json alone costs a
  // fresh process (the part of `cells` / `dependency_chain` no rlm-repl change removes).
  const indexJson = join(root, SESSION_ID, "cells", "index.json");
  const reference: [string, string[]] = [
    `reference: \`node -e\` reading and \`JSON.parse\`-ing index.json only (${Math.round(statSync(indexJson).size / 1024)} KiB)`,
    ["-e", `JSON.parse(require("fs").readFileSync(${JSON.stringify(indexJson)}, "utf8"))`],
  ];

  const rows: (string | number)[][] = [];
  let worst = 0;
  for (const [name, args] of [...ops, reference]) {
    const m = pairwise(name.startsWith("reference") ? args : [BIN, ...args]);
    if (!name.includes("-V") && !name.startsWith("reference")) worst = Math.max(worst, m.delta.median);
    rows.push([
      name,
      fmt(m.run.median),
      fmt(m.floor.median),
      `**${fmt(m.delta.median)}**`,
      fmt(m.delta.p90),
      fmt(m.cpuDelta.median),
      `${m.files} / ${m.builtins} (${m.floorBuiltins})`,
    ]);
  }

  // In this process, warm: what the cells package itself spends opening the 10,000-cell index.
  const open = measure(
    () => {
      const c = openCells(store, SESSION_ID);
      c.list();
      c.executionOrder();
    },
    10,
    2,
  );

  const bundleKiB = Math.round(statSync(BIN).size / 1024);
  console.log(
    [
      "<!-- section:repl-bridge -->",
      "## @rlm/repl-bridge (`rlm-repl`)",
      "",
      `_${machineLine()}_ · plugin bundle \`dist/plugin/rlm-repl.cjs\` ${bundleKiB} KiB · ${RUNS} alternating pairs per row · fixtures built in a fresh temp dir (10,000-cell session in ${fmt(sessionMs)} ms, 100,000-node memory db in ${fmt(dbMs)} ms)`,
      "",
      table(
        [
          "whole process",
          "median ms",
          "`node -e 0` ms",
          "overhead ms",
          "overhead p90",
          "CPU overhead ms",
          "JS files / built-in modules loaded (`node -e 0`)",
        ],
        rows,
      ),
      "",
      `Budget: ≤ ${BUDGET_MS} ms median overhead per operation. Worst operation: ${fmt(worst)} ms — ${worst <= BUDGET_MS ? "within" : "**over**"} budget.`,
      `In-process (warm), \`@rlm/cells\` opening the 10,000-cell index and listing it in execution order: median ${fmt(open.median)} ms (p90 ${fmt(open.p90)}).`,
      "<!-- /section:repl-bridge -->",
    ].join("\n"),
  );
} finally {
  rmSync(base, { recursive: true, force: true });
}
