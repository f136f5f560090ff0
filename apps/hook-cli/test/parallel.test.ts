import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openCells } from "@rlm/cells";
import { createSessionStore } from "@rlm/session-store";
import { runNode } from "@rlm/test-utils";
import { type Stats, stats } from "@rlm/test-utils/bench";
import { describe, expect, it } from "vitest";
import { expectQuiet, install } from "./cli.js";

const STREAMS = 16;
const PAIRS = 50;
/** What Claude Code allows the plugin's PreToolUse / PostToolUse hooks (hooks.json, seconds): a run past it is killed and its event lost. */
const TIMEOUT_S = hookTimeoutS("PreToolUse", "PostToolUse");
/** Hooks at once must not queue behind each other: their median stays within this of a bare node's in the same burst (1.08× measured). */
const MEDIAN_RATIO = 1.5;

function hookTimeoutS(...events: string[]): number {
  const config = JSON.parse(
    readFileSync(new URL("../../../plugin/hooks/hooks.json", import.meta.url), "utf8"),
  );
  return Math.min(
    ...events.flatMap((e) =>
      (config.hooks[e] as { hooks: { timeout: number }[] }[]).flatMap((m) => m.hooks.map((h) => h.timeout)),
    ),
  );
}

/** Median, p95 and slowest of some durations, in ms. */
const show = (d: Stats) =>
  `median ${d.median.toFixed(0)} ms, p95 ${d.p95.toFixed(0)} ms, slowest ${d.max.toFixed(0)} ms`;

function everyFile(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? everyFile(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

/**
 * STREAMS streams × 2·PAIRS `node -e 0` at once: what process start alone costs in the same
 * burst here, each run's wall time. Same shape and the same number of runs as the hooks'
 * burst, so the two spreads compare like with like.
 */
async function floorBurst(): Promise<number[]> {
  const runs: number[] = [];
  await Promise.all(
    Array.from({ length: STREAMS }, async () => {
      for (let k = 0; k < 2 * PAIRS; k++) {
        const t = performance.now();
        await runNode("-e", ["0"], { ts: false });
        runs.push(performance.now() - t);
      }
    }),
  );
  return runs;
}

/**
 * How many cores other work keeps busy now: from /proc/stat over one second (Linux), else
 * the one-minute load average (which lags: right after other tests it still reads high).
 */
async function coresBusy(): Promise<{ busy: number; how: string }> {
  const sample = (): number[] | undefined => {
    try {
      const line = readFileSync("/proc/stat", "utf8").split("\n")[0] as string;
      return line.trim().split(/\s+/).slice(1).map(Number);
    } catch {
      return undefined;
    }
  };
  const a = sample();
  if (a !== undefined) {
    await sleep(1_000);
    const b = sample() as number[];
    const d = b.map((v, k) => v - (a[k] ?? 0));
    const total = d.reduce((x, y) => x + y, 0);
    const idle = (d[3] ?? 0) + (d[4] ?? 0); // idle + iowait
    if (total > 0)
      return { busy: ((total - idle) / total) * availableParallelism(), how: "/proc/stat over 1 s" };
  }
  return { busy: loadavg()[0] as number, how: "1-minute load average" };
}

/** The helper's own fallback notes: an event it did not take in time was recorded in-process. */
const isHelperFallback = (e: Record<string, unknown>) => e.code === "ERR_RLM_HELPER";

describe("parallel tool calls, the way Claude Code runs them", () => {
  it(`${STREAMS} rlm-hook processes at once, ${PAIRS} PreToolUse/PostToolUse pairs each, one session: nothing lost, none near the hook timeout, no queueing behind each other`, async () => {
    const before = await coresBusy();
    const floor = stats(await floorBurst());
    const i = install();
    const sid = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    const base = { session_id: sid, transcript_path: join(i.project, "t.jsonl"), cwd: i.project };
    expectQuiet(await i.run({ ...base, hook_event_name: "SessionStart", source: "startup" }));
    const runs: { ms: number; event: string; way: string }[] = [];
    const stream = async (s: number) => {
      for (let k = 0; k < PAIRS; k++) {
        const id = `toolu_${s}_${k}`;
        const input = { command: `echo ${s}-${k}` };
        for (const event of ["PreToolUse", "PostToolUse"]) {
          const t = performance.now();
          const r = await i.run(
            {
              ...base,
              hook_event_name: event,
              tool_name: "Bash",
              tool_input: input,
              tool_use_id: id,
              ...(event === "PostToolUse" ? { tool_response: { stdout: `${s}-${k}\n`, stderr: "" } } : {}),
            },
            [],
            { RLM_HOOK_TRACE: "1" },
          );
          const ms = performance.now() - t;
          expectQuiet(r);
          runs.push({ ms, event, way: /^rlm-hook: (.*)$/m.exec(r.stderr)?.[1] ?? "?" });
        }
      }
    };
    await Promise.all(Array.from({ length: STREAMS }, (_, s) => stream(s)));
    // Nothing but the helper's own "recorded in-process instead" notes, ever.
    const errors = i.errorLog();
    expect(errors.filter((e) => !isHelperFallback(e))).toEqual([]);
    const fallbacks = errors.filter(isHelperFallback).length;
    for (const e of errors.filter(isHelperFallback)) console.info(`parallel: ${e.time} ${e.message}`);
    // The resident helper records the events (each fallback sends clients in-process for
    // 10 s, so on a loaded machine some are recorded in-process: still at least half by it).
    const events = 2 * STREAMS * PAIRS;
    const byHelper = runs.filter((r) => r.way === "recorded by the helper").length;
    expect(byHelper).toBeGreaterThan(events / 2);

    const store = createSessionStore({ root: i.root });
    const cells = openCells(store, sid);
    const all = cells.list({ type: "tool" });
    expect(all).toHaveLength(STREAMS * PAIRS);
    expect(all.every((c) => c.status === "done")).toBe(true);
    for (let s = 0; s < STREAMS; s++)
      for (let k = 0; k < PAIRS; k++) {
        const cell = cells.get(cells.findKey(`toolu_${s}_${k}`) as string);
        expect(cell.output.result).toEqual({ stdout: `${s}-${k}\n`, stderr: "" });
      }
    const state = store.load(sid);
    expect(state.context.tool_outputs).toHaveLength(100);
    const ids = state.context.tool_outputs.map((o) => o.cell_id);
    expect(new Set(ids).size).toBe(100);
    expect(state.trajectory).toMatchObject({
      tool_calls: STREAMS * PAIRS,
      events_count: 1 + 2 * STREAMS * PAIRS,
    });
    for (const f of everyFile(join(i.root, sid))) {
      if (f.endsWith(".jsonl"))
        for (const line of readFileSync(f, "utf8").trim().split("\n")) JSON.parse(line);
      else if (f.endsWith(".json")) JSON.parse(readFileSync(f, "utf8"));
    }
    // 16 processes at once share this machine's cores: on a 2-core VM a bare `node -e 0` takes
    // ~1.2 s in such a burst and its slowest 1.3–2.3 s, so the slowest of 1,600 runs is a
    // property of the machine's scheduler as much as of the hook. The issue's "none slower
    // than 2 s" is measured by `pnpm bench` (BENCHMARKS.md, beside the same burst of bare
    // nodes). What this test holds on any machine: no run comes near the timeout Claude Code
    // kills a hook at (hooks.json), and the hooks do not queue behind each other (a single
    // helper or lock serializing them would put their median far above a bare node's).
    const hooks = stats(runs.map((r) => r.ms));
    const slowest = [...runs].sort((a, b) => b.ms - a.ms).slice(0, 5);
    // (how busy the cores were before the bursts: during them, their own 16 processes are the load)
    const busy = before.busy / availableParallelism();
    console.info(
      [
        `parallel: ${runs.length} rlm-hook runs: ${show(hooks)}`,
        `parallel: ${runs.length} node -e 0 in the same burst shape: ${show(floor)}`,
        `parallel: ratio of medians ${(hooks.median / floor.median).toFixed(2)}×, of p95s ${(hooks.p95 / floor.p95).toFixed(2)}×, of slowest ${(hooks.max / floor.max).toFixed(2)}×`,
        `parallel: slowest runs: ${slowest.map((r) => `${r.ms.toFixed(0)} ms ${r.event} (${r.way})`).join("; ")}`,
        `parallel: ${byHelper} of ${events} recorded by the helper, ${fallbacks} fallback(s); cores busy before: ${(busy * 100).toFixed(0)} % (${before.how}); timeout ${TIMEOUT_S} s`,
      ].join("\n"),
    );
    expect(hooks.max).toBeLessThan(TIMEOUT_S * 1_000);
    if (busy < 0.5) expect(hooks.median).toBeLessThan(MEDIAN_RATIO * floor.median);
    else console.info("parallel: the median is not judged: other work loads the machine");
  }, 1_200_000);
});
