import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openCells } from "@rlm/cells";
import { createSessionStore } from "@rlm/session-store";
import { runNode } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { expectQuiet, install } from "./cli.js";

const STREAMS = 16;
const PAIRS = 50;
/** Claude Code's parallel tool calls must not wait on each other's hooks: none slower than this. */
const SLOWEST_MS = 2_000;

function everyFile(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? everyFile(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

/**
 * The slowest of STREAMS streams × 2·PAIRS `node -e 0` at once: what process start alone
 * costs in the same burst here. Same shape and the same number of runs as the hooks' burst:
 * the slowest of 1,600 runs is slower than the slowest of 160 (1.9 s against 1.3 s on the
 * 2-core VM), so a shorter floor would judge the hooks' tail against a shorter one's.
 */
async function floorBurst(): Promise<number> {
  let worst = 0;
  await Promise.all(
    Array.from({ length: STREAMS }, async () => {
      for (let k = 0; k < 2 * PAIRS; k++) {
        const t = performance.now();
        await runNode("-e", ["0"], { ts: false });
        worst = Math.max(worst, performance.now() - t);
      }
    }),
  );
  return worst;
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
  it(`${STREAMS} rlm-hook processes at once, ${PAIRS} PreToolUse/PostToolUse pairs each, one session: nothing lost, none slower than 2 s (or 1.5× a bare node in the same burst)`, async () => {
    const before = await coresBusy();
    const floorWorst = await floorBurst();
    const i = install();
    const sid = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    const base = { session_id: sid, transcript_path: join(i.project, "t.jsonl"), cwd: i.project };
    expectQuiet(await i.run({ ...base, hook_event_name: "SessionStart", source: "startup" }));
    const slowest: number[] = [];
    let byHelper = 0;
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
          slowest.push(performance.now() - t);
          expectQuiet(r);
          if (r.stderr.includes("recorded by the helper")) byHelper++;
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
    // ~1.2 s in such a burst and its slowest up to 2 s. So the bound is 2 s, or 1.5× the
    // slowest `node -e 0` of the same burst shape measured just before, whichever is larger,
    // judged when nothing else competes for the cores (`npm test` runs this test alone, after
    // the others; on a machine busy with other work it is reported, not judged).
    slowest.sort((a, b) => b - a);
    const worst = slowest[0] as number;
    const bound = Math.max(SLOWEST_MS, 1.5 * floorWorst);
    // (how busy the cores were before the bursts: during them, their own 16 processes are the load)
    const busy = before.busy / availableParallelism();
    console.info(
      `parallel: slowest of ${slowest.length} rlm-hook runs ${worst.toFixed(0)} ms; slowest node -e 0 of the same burst ${floorWorst.toFixed(0)} ms; bound ${bound.toFixed(0)} ms; ${byHelper} of ${events} recorded by the helper, ${fallbacks} fallback(s) (cores busy before: ${(busy * 100).toFixed(0)} %, ${before.how})`,
    );
    if (busy < 0.5) {
      expect(worst).toBeLessThan(bound);
      // A fallback is the designed way out for a helper that does not take an event in time
      // (recorded in-process, nothing lost), not a failure; but each one sends 10 s of events
      // in-process, and more than two in one burst on a quiet machine means a broken helper.
      expect(fallbacks).toBeLessThanOrEqual(2);
    } else console.info("parallel: the bound is not judged: other work loads the machine");
  }, 1_200_000);
});
