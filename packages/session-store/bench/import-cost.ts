// `pnpm bench`, second part: what importing the store costs a short-lived process (a hook
// runs once per Claude Code event). Builds both packages as published (tsdown, ESM dist),
// makes single-file CJS bundles with the repo's bundler, then times `node <target>` against
// `node -e 0` in alternating pairs and counts the files each target loads.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fmt, machineLine, stats, table } from "@rlm/test-utils/bench";
import { build } from "tsdown";

const RUNS = Number(process.env.RLM_BENCH_IMPORT_RUNS ?? 30);
const pkg = join(import.meta.dirname, "..");
const schemaPkg = join(pkg, "..", "session-schema");
const require = createRequire(join(schemaPkg, "package.json"));
const base = mkdtempSync(join(tmpdir(), "rlm-import-bench-"));

const HOOKS = `import { appendFileSync } from "node:fs";
let out;
export function initialize(data) { out = data.out; }
export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(out, url + "\\n");
  return next(url, context);
}
`;
const REGISTER = `import { register } from "node:module";
register(new URL("./count-hooks.mjs", import.meta.url), { data: { out: process.env.RLM_COUNT_OUT } });
`;

async function bundle(name: string, entry: string): Promise<string> {
  const outDir = join(base, name);
  await build({
    entry: { [name]: entry },
    outDir,
    format: "cjs",
    platform: "node",
    target: "node20",
    dts: false,
    noExternal: [/.*/],
    logLevel: "silent",
    config: false,
  });
  const file = readdirSync(outDir).find((f) => f.startsWith(name) && /\.c?js$/.test(f));
  if (file === undefined) throw new Error(`no bundle for ${name}`);
  return join(outDir, file);
}

/** Files a target loads (and how many of them are zod's; for a bundle: whether zod is inlined). */
function filesLoaded(target: string): { files: number; zod: number | string } {
  const out = join(base, `count-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(out, "");
  if (target.endsWith(".cjs") || target.endsWith(".js")) {
    const r = execFileSync(process.execPath, [
      "-e",
      `require(${JSON.stringify(target)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)))`,
    ]);
    const files = JSON.parse(r.toString()) as string[];
    const inlined = readFileSync(target, "utf8").includes("__zod_globalConfig");
    return { files: files.length, zod: inlined ? "zod inlined" : "no zod" };
  }
  execFileSync(process.execPath, ["--import", join(base, "register.mjs"), target], {
    env: { ...process.env, RLM_COUNT_OUT: out },
  });
  const urls = [...new Set(readFileSync(out, "utf8").split("\n").filter(Boolean))];
  return { files: urls.length, zod: urls.filter((u) => u.includes("/zod/")).length };
}

// Each child reports its own CPU time (user + system, from getrusage) on exit: on a shared,
// loaded machine wall time swings with other jobs, CPU time much less.
const CPU = `process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write("@@cpu " + (u.user + u.system) + "\\n"); });\n`;

function once(args: string[]): { wall: number; cpu: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", join(base, "cpu.cjs"), ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const cpu = /@@cpu (\d+)/.exec(r.stderr.toString())?.[1];
  if (r.status !== 0 || cpu === undefined) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
  return { wall, cpu: Number(cpu) / 1000 };
}

/** `node <target>` and `node -e 0` in alternating order, RUNS pairs. */
function pairwise(target: string) {
  const floor: number[] = [];
  const run: number[] = [];
  const delta: number[] = [];
  const cpu: number[] = [];
  const cpuDelta: number[] = [];
  for (let i = 0; i < 3; i++) once([target]);
  for (let i = 0; i < RUNS; i++) {
    let f: { wall: number; cpu: number };
    let t: { wall: number; cpu: number };
    if (i % 2 === 0) {
      f = once(["-e", "0"]);
      t = once([target]);
    } else {
      t = once([target]);
      f = once(["-e", "0"]);
    }
    floor.push(f.wall);
    run.push(t.wall);
    delta.push(t.wall - f.wall);
    cpu.push(t.cpu);
    cpuDelta.push(t.cpu - f.cpu);
  }
  return {
    floor: stats(floor),
    run: stats(run),
    delta: stats(delta),
    cpu: stats(cpu),
    cpuDelta: stats(cpuDelta),
  };
}

try {
  for (const dir of [schemaPkg, pkg]) {
    execFileSync(process.execPath, [require.resolve("tsdown/run")], { cwd: dir, stdio: "ignore" });
  }
  writeFileSync(join(base, "count-hooks.mjs"), HOOKS);
  writeFileSync(join(base, "register.mjs"), REGISTER);
  writeFileSync(join(base, "empty.mjs"), "");
  writeFileSync(join(base, "cpu.cjs"), CPU);
  const schemaCore = join(schemaPkg, "dist", "core.mjs");
  const targets: [string, string][] = [
    ["empty ES module (`node empty.mjs`)", join(base, "empty.mjs")],
    ["zod alone, single-file CJS bundle", await bundle("zod", require.resolve("zod"))],
    ["@rlm/session-schema (main entry, zod), ESM dist", join(schemaPkg, "dist", "index.mjs")],
  ];
  try {
    readFileSync(schemaCore);
    targets.push(["@rlm/session-schema/core, ESM dist", schemaCore]);
  } catch {
    /* no zod-free entry in this build */
  }
  // RLM_BENCH_BASELINE: directories (comma-separated) whose node_modules/@rlm/* hold other
  // builds, each with a LABEL (e.g. the store before this change), measured in the same run.
  for (const [i, dir] of (process.env.RLM_BENCH_BASELINE ?? "").split(",").filter(Boolean).entries()) {
    const label = readFileSync(join(dir, "LABEL"), "utf8").trim();
    const dist = join(dir, "node_modules", "@rlm", "session-store", "dist", "index.mjs");
    targets.push(
      [`${label}: @rlm/session-store, ESM dist`, dist],
      [`${label}: @rlm/session-store, single-file CJS bundle`, await bundle(`baseline${i}`, dist)],
    );
  }
  targets.push(
    ["**@rlm/session-store, ESM dist**", join(pkg, "dist", "index.mjs")],
    ["**@rlm/session-store, single-file CJS bundle**", await bundle("store", join(pkg, "dist", "index.mjs"))],
  );
  const rows: (string | number)[][] = [];
  for (const [name, target] of targets) {
    const loaded = filesLoaded(target);
    const t = pairwise(target);
    rows.push([
      name,
      `${loaded.files} (${loaded.zod})`,
      fmt(t.run.median),
      fmt(t.floor.median),
      fmt(t.delta.median),
      fmt(t.delta.p90),
      fmt(t.cpuDelta.median),
    ]);
  }
  console.log(
    [
      "### Import cost (short-lived processes)",
      "",
      `_${machineLine()}_ · ${RUNS} alternating pairs per row · built dist (tsdown) and single-file CJS bundles (tsdown, everything inlined)`,
      "",
      table(
        [
          "`node <target>`",
          "files loaded (zod's)",
          "median ms",
          "`node -e 0` median ms",
          "median Δ over `node -e 0`",
          "p90 Δ",
          "CPU Δ (user+sys), median",
        ],
        rows,
      ),
    ].join("\n"),
  );
} finally {
  rmSync(base, { recursive: true, force: true });
}
