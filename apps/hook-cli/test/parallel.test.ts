import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
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

/** The slowest of STREAMS streams × 10 `node -e 0` at once: what process start costs in such a burst here. */
async function floorBurst(): Promise<number> {
  let worst = 0;
  await Promise.all(
    Array.from({ length: STREAMS }, async () => {
      for (let k = 0; k < 10; k++) {
        const t = performance.now();
        await runNode("-e", ["0"], { ts: false });
        worst = Math.max(worst, performance.now() - t);
      }
    }),
  );
  return worst;
}

describe("parallel tool calls, the way Claude Code runs them", () => {
  it(`${STREAMS} rlm-hook processes at once, ${PAIRS} PreToolUse/PostToolUse pairs each, one session: nothing lost, none slower than 2 s (or 1.5× a bare node in the same burst)`, async () => {
    const loadBefore = loadavg()[0] as number;
    const floorWorst = await floorBurst();
    const i = install();
    const sid = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    const base = { session_id: sid, transcript_path: join(i.project, "t.jsonl"), cwd: i.project };
    expectQuiet(await i.run({ ...base, hook_event_name: "SessionStart", source: "startup" }));
    const slowest: number[] = [];
    const stream = async (s: number) => {
      for (let k = 0; k < PAIRS; k++) {
        const id = `toolu_${s}_${k}`;
        const input = { command: `echo ${s}-${k}` };
        for (const event of ["PreToolUse", "PostToolUse"]) {
          const t = performance.now();
          const r = await i.run({
            ...base,
            hook_event_name: event,
            tool_name: "Bash",
            tool_input: input,
            tool_use_id: id,
            ...(event === "PostToolUse" ? { tool_response: { stdout: `${s}-${k}\n`, stderr: "" } } : {}),
          });
          slowest.push(performance.now() - t);
          expectQuiet(r);
        }
      }
    };
    await Promise.all(Array.from({ length: STREAMS }, (_, s) => stream(s)));
    expect(i.errorLog()).toEqual([]);

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
    // judged when nothing else competes for the cores (on a CI runner running two packages'
    // tests at once it is reported, not judged; the benchmark measures it on a quiet machine).
    slowest.sort((a, b) => b - a);
    const worst = slowest[0] as number;
    const bound = Math.max(SLOWEST_MS, 1.5 * floorWorst);
    // (the load average before the bursts: during them, their own 16 processes are the load)
    const busy = loadBefore / availableParallelism();
    console.info(
      `parallel: slowest of ${slowest.length} rlm-hook runs ${worst.toFixed(0)} ms; slowest node -e 0 of the same burst ${floorWorst.toFixed(0)} ms; bound ${bound.toFixed(0)} ms (load per core ${busy.toFixed(2)})`,
    );
    if (busy < 1) expect(worst).toBeLessThan(bound);
    else console.info("parallel: the bound is not judged: other jobs load the machine");
  }, 1_200_000);
});
