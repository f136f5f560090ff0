import { buildSession, type FakeAnthropic, startFakeAnthropic } from "@rlm/repl-bridge/test";
import { createSessionStore } from "@rlm/session-store";
import { afterEach, describe, expect, it } from "vitest";
import { type Json, ok, repl, type Sandbox, sandbox } from "./helpers.js";

// The session's budget.max_recursive_calls holds across processes: each call is counted
// (checked and reserved) under the session's lock before it is sent, so rlm-repl
// processes running at once never send more calls than the budget leaves between them.
// The fake model answers slowly, so every process has checked the budget while the
// others' calls are still in flight.

let fake: FakeAnthropic | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function slowApi() {
  fake = await startFakeAnthropic(undefined, { delayMs: 400 });
  return { ANTHROPIC_API_KEY: "sk-ant-test-key", ANTHROPIC_BASE_URL: fake.url };
}

function setMax(sb: Sandbox, sessionId: string, max: number) {
  createSessionStore({ root: sb.root }).update(sessionId, (s) => {
    s.budget.max_recursive_calls = max;
  });
}

const used = async (sb: Sandbox) => (await ok(sb, "session")).budget.recursive_calls as number;

describe("budget.max_recursive_calls under concurrent rlm-repl processes", () => {
  it("4 parallel llm calls with 1 call left: one is sent, three refused with ERR_RLM_BUDGET", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const env = await slowApi();
    await ok(sb, "llm", { query: "first" }, [], env);
    setMax(sb, s.sessionId, 2);
    const runs = await Promise.all([1, 2, 3, 4].map((i) => repl(sb, "llm", { query: `q${i}` }, [], env)));
    const sent = runs.filter((r) => r.code === 0);
    expect(sent).toHaveLength(1);
    for (const r of runs.filter((x) => x.code !== 0)) expect(r.json.error.code).toBe("ERR_RLM_BUDGET");
    expect(fake?.requests).toHaveLength(2);
    expect(await used(sb)).toBe(2);
  });

  it("forced replays and llm calls at once: requests never pass the budget, and every answered call is counted", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const env = await slowApi();
    const a = await ok(sb, "llm", { query: "a" }, [], env);
    const b = await ok(sb, "llm", { query: "b" }, [], env);
    setMax(sb, s.sessionId, 4); // 2 used, 2 left
    const runs = await Promise.all([
      repl(sb, "replay", { cells: [a.cell_id, b.cell_id], force: true }, [], env),
      repl(sb, "replay", { cells: [a.cell_id], force: true }, [], env),
      repl(sb, "llm", { query: "c" }, [], env),
      repl(sb, "llm", { query: "d" }, [], env),
    ]);
    const received = fake?.requests.length ?? 0;
    expect(received).toBeLessThanOrEqual(4);
    expect(await used(sb)).toBe(received);
    // each refusal says why, with the budget's code; a replay reports it per step
    for (const r of runs) {
      if (r.code !== 0) expect(r.json.error.code).toBe("ERR_RLM_BUDGET");
      else if (r.json.steps !== undefined)
        for (const st of r.json.steps as Json[])
          if (st.outcome !== "live") expect(st).toMatchObject({ outcome: "refused", code: "ERR_RLM_BUDGET" });
    }
  });

  it("a map_reduce reserves all its calls at once: with a parallel llm taking the last call, it is refused whole", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const env = await slowApi();
    setMax(sb, s.sessionId, 4); // map_reduce of 3 chunks needs 4
    const [mr, llm] = await Promise.all([
      repl(sb, "map_reduce", { content: "a\nb\nc\nd\ne\nf", n_chunks: 3 }, [], env),
      repl(sb, "llm", { query: "x" }, [], env),
    ]);
    const received = fake?.requests.length ?? 0;
    expect(received === 4 || received === 1).toBe(true); // one of the two, never both
    expect([mr.code, llm.code].filter((c) => c === 0)).toHaveLength(1);
    expect(await used(sb)).toBe(received);
  });
});
