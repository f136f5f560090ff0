// pnpm bench (apps/hook-cli): whole-process wall time of the built rlm-hook per event, each
// run paired with a `node -e 0` right before it (the floor), on a session of 1,000 cells in
// a fresh temporary directory. The figure that matters: PreToolUse / PostToolUse (100 KB
// response) overhead over the floor, median of the pairwise differences; target ≤ 15 ms.
// Also every other event's median and p95, and what the process loads at start.
// Prints the BENCHMARKS.md section; exits 1 when the target is missed.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, machineLine, stats, table } from "@rlm/test-utils/bench";
import { buildSession, CELLS, SESSION } from "./fixture.js";

const RUNS = Number(process.env.RLM_BENCH_RUNS ?? 40);
const TARGET_MS = 15;
const BIN = fileURLToPath(new URL("../dist/plugin/rlm-hook.cjs", import.meta.url));
const PROBE = fileURLToPath(new URL("./load-probe.cjs", import.meta.url));

const base = mkdtempSync(join(tmpdir(), "rlm-hook-bench-"));
const fx = buildSession(base);
const env = { ...process.env, HOME: fx.home, RLM_SESSIONS_DIR: fx.root, RLM_CONFIG: "", CLAUDE_ENV_FILE: "" };
const common = {
  session_id: SESSION,
  transcript_path: join(fx.home, "t.jsonl"),
  cwd: fx.project,
  permission_mode: "default",
};
const STDOUT_100KB = "0123456789 lorem ipsum dolor sit amet, consectetur\n".repeat(2000).slice(0, 100 * 1024);

/** One run (with the probe, like its floor): wall ms, and the CPU ms and built-ins the process reported. */
function timed(args: string[], input: string): { ms: number; cpu: number; builtins: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", PROBE, ...args], { input, env });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  // only SessionStart means to print (watchPaths for a resumed session)
  if (
    r.status !== 0 ||
    (r.stdout.length > 0 && !args.includes("--version") && !input.includes('"SessionStart"'))
  )
    throw new Error(`${args.join(" ")}: exit ${r.status} ${r.stdout} ${r.stderr}`);
  const probe = JSON.parse(r.stderr.toString("utf8").trim().split("\n").at(-1) as string) as {
    cpu: number;
    builtins: number;
  };
  return { ms, ...probe };
}

interface Row {
  event: string;
  hook: number[];
  overhead: number[];
  cpuOverhead: number[];
}

/** `make(i)` → the payload of run i; each run is preceded by a floor run. */
function bench(event: string, make: (i: number) => object, args: string[] = [BIN], runs = RUNS): Row {
  const hook: number[] = [];
  const overhead: number[] = [];
  const cpuOverhead: number[] = [];
  for (let i = -3; i < runs; i++) {
    const floor = timed(["-e", "0"], "");
    const run = timed(args, JSON.stringify(make(i)));
    if (i < 0) continue; // warm-up: page cache, the first compaction
    hook.push(run.ms);
    overhead.push(run.ms - floor.ms);
    cpuOverhead.push(run.cpu - floor.cpu);
  }
  return { event, hook, overhead, cpuOverhead };
}

let n = 0;
const bash = (id: string) => ({
  tool_name: "Bash",
  tool_input: { command: `cat big-${id}.txt` },
  tool_use_id: id,
});
const rows: Row[] = [];
const pre = bench("PreToolUse (Bash)", (i) => ({
  ...common,
  hook_event_name: "PreToolUse",
  ...bash(`toolu_pre_${i}`),
}));
const post = bench("PostToolUse (Bash, 100 KB response)", (i) => ({
  ...common,
  hook_event_name: "PostToolUse",
  ...bash(`toolu_pre_${i}`),
  tool_response: { stdout: STDOUT_100KB, stderr: "", interrupted: false },
  duration_ms: 40,
}));
rows.push(pre, post);
rows.push(
  bench(
    "PreToolUse (Read, 40 KB file)",
    (i) => ({
      ...common,
      hook_event_name: "PreToolUse",
      tool_name: "Read",
      tool_input: { file_path: fx.readFile },
      tool_use_id: `toolu_read_${i}`,
    }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "PostToolUse (Read, 40 KB file)",
    (i) => ({
      ...common,
      hook_event_name: "PostToolUse",
      tool_name: "Read",
      tool_input: { file_path: fx.readFile },
      tool_response: {
        type: "text",
        file: { filePath: fx.readFile, content: readFileSync(fx.readFile, "utf8") },
      },
      tool_use_id: `toolu_read_${i}`,
    }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "PostToolUseFailure",
    (i) => ({
      ...common,
      hook_event_name: "PostToolUseFailure",
      ...bash(`toolu_fail_${i}`),
      error: "Exit code 1\nno such file",
    }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "UserPromptSubmit",
    () => ({ ...common, hook_event_name: "UserPromptSubmit", prompt: "refactor the parser" }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "FileChanged",
    () => ({ ...common, hook_event_name: "FileChanged", file_path: fx.readFile, event: "change" }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "SubagentStart",
    (i) => ({ ...common, hook_event_name: "SubagentStart", agent_id: `a${i}`, agent_type: "Explore" }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "SubagentStop",
    (i) => ({
      ...common,
      hook_event_name: "SubagentStop",
      agent_id: `a${i}`,
      agent_type: "Explore",
      last_assistant_message: "found it",
      agent_transcript_path: "/x/a.jsonl",
    }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "SessionStart (resume)",
    () => ({ ...common, hook_event_name: "SessionStart", source: "resume" }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "PreCompact",
    () => ({ ...common, hook_event_name: "PreCompact", trigger: "auto", custom_instructions: null }),
    [BIN],
    20,
  ),
);
rows.push(
  bench(
    "Stop",
    () => ({ ...common, hook_event_name: "Stop", stop_hook_active: false, last_assistant_message: "done" }),
    [BIN],
    20,
  ),
);
rows.push(
  bench("SessionEnd", () => ({ ...common, hook_event_name: "SessionEnd", reason: "other" }), [BIN], 20),
);
rows.push(bench("start-up only (`rlm-hook --version`)", () => ({}), [BIN, "--version"], 20));
n = rows.length;

// Parallel tool calls: Claude Code runs the hooks of a batch of tool calls at once. WIDTH
// streams each run PreToolUse → PostToolUse pairs; every call's latency is recorded. The floor
// is the same burst shape with `node -e 0` (WIDTH processes at once on the same cores).
const WIDTH = Number(process.env.RLM_BENCH_WIDTH ?? 8);
function spawnTimed(args: string[], input: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ["pipe", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`${args.join(" ")}: exit ${code} ${err}`));
      else resolve(Number(process.hrtime.bigint() - t) / 1e6);
    });
    child.stdin.end(input);
  });
}
async function burst(pairs: number, floor: boolean): Promise<number[]> {
  const out: number[] = [];
  await Promise.all(
    Array.from({ length: WIDTH }, async (_, s) => {
      for (let k = 0; k < pairs; k++)
        for (const event of ["PreToolUse", "PostToolUse"]) {
          const payload = {
            ...common,
            hook_event_name: event,
            ...bash(`toolu_par_${floor ? "f" : "h"}_${s}_${k}`),
            ...(event === "PostToolUse" ? { tool_response: { stdout: `${s}-${k}`, stderr: "" } } : {}),
          };
          out.push(await spawnTimed(floor ? ["-e", "0"] : [BIN], JSON.stringify(payload)));
        }
    }),
  );
  return out;
}
const PAR_PAIRS = Math.max(5, Math.round(RUNS / 4));
const parFloor = await burst(PAR_PAIRS, true);
const parHook = await burst(PAR_PAIRS, false);

// What the process loads: the bundle is one file; count the built-in modules on top of `node -e 0`.
const load = timed([BIN, "--version"], "");
const floorLoad = timed(["-e", "0"], "");

const q = (xs: number[], p: number) => stats(xs)[p === 50 ? "median" : "p90"];
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * (xs.length - 1)))] as number;
const floorAll = rows.flatMap((r) => r.hook.map((h, i) => h - (r.overhead[i] as number)));
const body = rows.map((r) => [
  r.event,
  fmt(q(r.hook, 50)),
  fmt(p95(r.hook)),
  fmt(q(r.overhead, 50)),
  fmt(p95(r.overhead)),
  fmt(q(r.cpuOverhead, 50)),
  r.hook.length,
]);
const hot = Math.max(q(pre.overhead, 50), q(post.overhead, 50));
const hotCpu = Math.max(q(pre.cpuOverhead, 50), q(post.cpuOverhead, 50));
const load1 = (await import("node:os")).loadavg()[0] as number;
const text = [
  "## rlm-hook (apps/hook-cli)",
  "",
  `${machineLine()} · \`pnpm --filter @rlm/hook-cli bench\` · fresh temporary directory · session of ${CELLS.toLocaleString("en")} cells`,
  "",
  `Whole-process wall time of the built bundle (\`dist/plugin/rlm-hook.cjs\`, ${(statSync(BIN).size / 1024).toFixed(0)} KiB, one file), each run right after a \`node -e 0\` (the floor, median ${fmt(stats(floorAll).median)} ms in this run); overhead = run − its floor. CPU = user + system time the process reported at exit (\`process.cpuUsage\`, all threads; both runs carry the same \`--require\` probe), less sensitive than wall time to other load on the machine (1-minute load average at the end: ${load1.toFixed(2)}).`,
  "",
  table(
    [
      "event",
      "median ms",
      "p95 ms",
      "overhead median ms",
      "overhead p95 ms",
      "CPU overhead median ms",
      "runs",
    ],
    body,
  ),
  "",
  `Target: PreToolUse / PostToolUse overhead ≤ ${TARGET_MS} ms median → wall ${fmt(hot)} ms ${hot <= TARGET_MS ? "✓ met" : "✗ missed"} (CPU ${fmt(hotCpu)} ms).`,
  `Parallel tool calls: ${WIDTH} streams at once, ${PAR_PAIRS} PreToolUse/PostToolUse pairs each (${parHook.length} rlm-hook runs, one session): per-call median ${fmt(stats(parHook).median)} ms, p95 ${fmt(p95(parHook))} ms, slowest ${fmt(Math.max(...parHook))} ms; the floor, ${WIDTH} \`node -e 0\` at once: median ${fmt(stats(parFloor).median)} ms, p95 ${fmt(p95(parFloor))} ms. Ratio of medians ${(stats(parHook).median / stats(parFloor).median).toFixed(2)}×.`,
  `Loaded at start: 1 JavaScript file of ours (${(statSync(BIN).size / 1024).toFixed(0)} KiB) and ${load.builtins} built-in modules, ${load.builtins - floorLoad.builtins} more than \`node -e 0\` (${floorLoad.builtins}); node:crypto only when 8 KiB or more are hashed (a Read of a bigger file).`,
].join("\n");
console.log(text);
rmSync(base, { recursive: true, force: true });
void n;
if (hot > TARGET_MS) process.exitCode = 1;
