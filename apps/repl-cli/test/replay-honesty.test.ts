import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSession, type FakeAnthropic, startFakeAnthropic } from "@rlm/repl-bridge/test";
import { createSessionStore } from "@rlm/session-store";
import { afterEach, describe, expect, it } from "vitest";
import { type Json, ok, repl, type Sandbox, sandbox } from "./helpers.js";

// Issue 10's black-box findings on replay: a replay never pairs a recorded prompt (or a
// recorded answer) with content it was not made from, and it is held to the call budgets.

let fake: FakeAnthropic | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function withApi(reply?: Parameters<typeof startFakeAnthropic>[0]) {
  fake = await startFakeAnthropic(reply);
  return { ANTHROPIC_API_KEY: "sk-ant-test-key", ANTHROPIC_BASE_URL: fake.url };
}

const sha = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;
const requests = () => fake?.requests.length ?? 0;
const step = (r: Json, id: string) => r.steps.find((s: Json) => s.cell_id === id);

function setBudget(sb: Sandbox, sessionId: string, max: number) {
  createSessionStore({ root: sb.root }).update(sessionId, (s) => {
    s.budget.max_recursive_calls = max;
  });
}

describe("replay never records an old prompt or old scores against new content", () => {
  it("a forced replay of a summarize cell whose file changed is refused: the cell keeps the hash of what its prompt holds", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    let n = 0;
    const env = await withApi(() => `summary number ${++n}${"!".repeat(n * 8)}`);
    const file = join(s.cwd, "s.txt");
    writeFileSync(file, "one\n");
    const sum = await ok(sb, "summarize", { path: "s.txt" }, [], env);
    const c = sum.cell_id;

    // unchanged file: a forced replay re-sends the same prompt; tokens_used follows the new answer
    const same = await ok(sb, "replay", { cells: [c], force: true }, [], env);
    expect(step(same, c)).toMatchObject({ outcome: "live" });
    expect(requests()).toBe(2);
    expect(fake?.requests[1]?.body).toEqual(fake?.requests[0]?.body);
    const after = await ok(sb, "cell", { cell_id: c });
    expect(after.output.cached_response).toBe(`summary number 2${"!".repeat(16)}`);
    expect(after.metadata.tokens_used).toBe(
      after.output.result.usage.input_tokens + after.output.result.usage.output_tokens,
    );
    expect(after.metadata.tokens_used).not.toBe(sum.usage.input_tokens + sum.usage.output_tokens);

    appendFileSync(file, "two\n");
    const inv = await ok(sb, "invalidate", { check_disk: true });
    expect(inv.invalidated.map((i: Json) => i.cell_id)).toContain(c);
    const r = await ok(sb, "replay", { cells: [c], force: true }, [], env);
    expect(step(r, c)).toMatchObject({ outcome: "refused", mode: "not_run", code: "ERR_RLM_REPLAY" });
    expect(step(r, c).error).toContain(file);
    expect(step(r, c).hint).toContain("summarize");
    expect(r.counts.refused).toBe(1);
    expect(requests()).toBe(2); // nothing sent
    const cell = await ok(sb, "cell", { cell_id: c });
    expect(cell.status).toBe("stale");
    expect(cell.input.context_snapshot.files[file]).toBe(sha("one\n"));
    expect(cell.input.args.request.messages[0].content).toContain("one");
    expect(cell.input.args.request.messages[0].content).not.toContain("two");
    expect(cell.output.cached_response).toBe(after.output.cached_response);
  });

  it("map_reduce chunk cells of a changed file are refused on a forced replay, and the reduce is skipped with them", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const env = await withApi((req) =>
      req.body.messages[0]?.content.startsWith("Combine") ? "all" : "part",
    );
    const file = join(s.cwd, "log.txt");
    writeFileSync(file, Array.from({ length: 12 }, (_, i) => `line ${i}`).join("\n"));
    const mr = await ok(sb, "map_reduce", { path: "log.txt", n_chunks: 3 }, [], env);
    expect(requests()).toBe(4);
    appendFileSync(file, "\nline 12");
    const chunkIds = mr.chunks.map((c: Json) => c.cell_id);
    const r = await ok(sb, "replay", { cells: [...chunkIds, mr.cell_id], force: true }, [], env);
    for (const id of chunkIds)
      expect(step(r, id)).toMatchObject({ outcome: "refused", code: "ERR_RLM_REPLAY" });
    expect(step(r, mr.cell_id)).toMatchObject({
      outcome: "skipped",
      via: chunkIds[0],
      blocked_by: "refused",
    });
    expect(requests()).toBe(4);
    for (const id of chunkIds) {
      const cell = await ok(sb, "cell", { cell_id: id });
      expect(cell.status).toBe("done"); // not marked yet: check_disk will, and honestly
      expect(cell.input.context_snapshot.files[file]).not.toBe(sha(readFileSync(file, "utf8")));
    }
    const inv = await ok(sb, "invalidate", { check_disk: true });
    expect(inv.invalidated.map((i: Json) => i.cell_id)).toEqual(expect.arrayContaining(chunkIds));
  });

  it("a map_reduce reduce is re-sent only with the very prompt it recorded: after a chunk answered differently it is refused, untouched", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    let n = 0;
    const env = await withApi((req) =>
      req.body.messages[0]?.content.startsWith("Combine") ? `combined ${++n}` : `part ${++n}`,
    );
    const content = Array.from({ length: 30 }, (_, i) => `para ${i + 1}`).join("\n");
    const mr = await ok(sb, "map_reduce", { content, n_chunks: 3 }, [], env);
    expect(requests()).toBe(4);
    const before = await ok(sb, "cell", { cell_id: mr.cell_id });
    const chunk = mr.chunks[1].cell_id;

    // the chunk and its reduce in one forced replay: the chunk goes first, the reduce is held
    // (its prompt would be rebuilt from an answer not known yet)
    const both = await ok(sb, "replay", { cells: [chunk, mr.cell_id], force: true }, [], env);
    expect(step(both, chunk)).toMatchObject({ outcome: "live" });
    expect(step(both, mr.cell_id)).toMatchObject({ outcome: "refused", code: "ERR_RLM_REPLAY", via: chunk });
    expect(step(both, mr.cell_id).hint).toContain("map_reduce");
    expect(requests()).toBe(5);
    const newAnswer = (await ok(sb, "cell", { cell_id: chunk })).output.cached_response;
    expect(newAnswer).not.toBe(mr.chunks[1].answer);

    // alone now: the chunks' answers no longer rebuild its recorded prompt: refused, nothing sent
    const r = await ok(sb, "replay", { cells: [mr.cell_id], force: true }, [], env);
    expect(step(r, mr.cell_id)).toMatchObject({
      outcome: "refused",
      mode: "not_run",
      code: "ERR_RLM_REPLAY",
    });
    expect(step(r, mr.cell_id).hint).toContain("run map_reduce again");
    expect(r.counts.refused).toBe(1);
    expect(requests()).toBe(5);
    const after = await ok(sb, "cell", { cell_id: mr.cell_id });
    expect(after.status).toBe("stale");
    expect(after.input.args.request).toEqual(before.input.args.request);
    expect(after.output).toEqual(before.output);
    expect(after.input.args.request.messages[0].content).not.toContain(newAnswer);
    expect((await ok(sb, "session")).budget.recursive_calls).toBe(5);
  });

  it("a map_reduce reduce whose chunks answer the same again is re-sent with exactly its recorded prompt", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const env = await withApi((req) =>
      req.body.messages[0]?.content.startsWith("Combine") ? "combined" : "part",
    );
    const mr = await ok(sb, "map_reduce", { content: "a\nb\nc\nd\ne\nf", n_chunks: 3 }, [], env);
    const chunk = mr.chunks[0].cell_id;
    expect(step(await ok(sb, "replay", { cells: [chunk], force: true }, [], env), chunk).outcome).toBe(
      "live",
    );
    const r = await ok(sb, "replay", { cells: [mr.cell_id], force: true }, [], env);
    expect(step(r, mr.cell_id)).toMatchObject({ outcome: "live" });
    expect(requests()).toBe(6);
    const cell = await ok(sb, "cell", { cell_id: mr.cell_id });
    expect(fake?.requests[5]?.body.messages).toEqual(cell.input.args.request.messages);
    expect(cell.status).toBe("done");
  });

  it("find_relevant with rerank: a replay never attaches the model's scores of old chunks to new text", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const env = await withApi(() => "[7, 2]");
    const file = join(s.cwd, "g.txt");
    writeFileSync(file, "alpha retry\nbeta\ngamma\n");
    const f = await ok(sb, "find_relevant", { path: "g.txt", query: "retry", rerank: true }, [], env);
    expect(f).toMatchObject({ reranked: true });
    expect(f.results[0].score).toBe(7);
    const l = f.rerank_cell_id;
    expect(requests()).toBe(1);

    // file unchanged, both forced in order: the scores come from the new answer, same chunks
    const again = await ok(sb, "replay", { cells: [f.cell_id, l], force: true }, [], env);
    expect(again.steps.map((x: Json) => [x.cell_id, x.outcome])).toEqual([
      [l, "live"],
      [f.cell_id, "live"],
    ]);
    expect(requests()).toBe(2);
    expect((await ok(sb, "cell", { cell_id: f.cell_id })).output.result.rerank_cell_id).toBe(l);

    appendFileSync(file, "delta retry\n");
    const inv = await ok(sb, "invalidate", { check_disk: true });
    expect(inv.invalidated.map((i: Json) => i.cell_id).sort()).toEqual([f.cell_id, l].sort());
    const before = await ok(sb, "cell", { cell_id: f.cell_id });

    const r = await ok(sb, "replay", { cells: "stale" }, [], env);
    expect(step(r, l)).toMatchObject({ outcome: "cached", from: "cached_response" });
    expect(step(r, f.cell_id)).toMatchObject({
      outcome: "skipped",
      code: "ERR_RLM_REPLAY",
      via: l,
      blocked_by: "stale_dependency",
    });
    expect(step(r, f.cell_id).hint).toContain("force");
    expect(requests()).toBe(2);
    const cell = await ok(sb, "cell", { cell_id: f.cell_id });
    expect(cell.status).toBe("stale");
    expect(cell.output).toEqual(before.output);

    // replay and check_disk no longer undo each other
    expect((await ok(sb, "invalidate", { check_disk: true })).count).toBe(0);

    const forced = await ok(sb, "replay", { cells: "stale", force: true }, [], env);
    expect(step(forced, l)).toMatchObject({ outcome: "refused", code: "ERR_RLM_REPLAY" });
    expect(step(forced, f.cell_id)).toMatchObject({ outcome: "skipped", via: l });
    expect(requests()).toBe(2);

    // a fresh find_relevant is the way to scores of the new text
    const fresh = await ok(sb, "find_relevant", { path: "g.txt", query: "retry", rerank: true }, [], env);
    expect(fresh.results.map((x: Json) => x.chunk).join("")).toContain("delta retry");
  });
});

describe("replay is held to the call budgets", () => {
  it("a session at its max_recursive_calls: forced replay of llm cells sends nothing and reports ERR_RLM_BUDGET per step", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const env = await withApi(() => "hello");
    const a = await ok(sb, "llm", { query: "a" }, [], env);
    const b = await ok(sb, "llm", { query: "b" }, [], env);
    setBudget(sb, s.sessionId, 2);
    const refused = await repl(sb, "llm", { query: "c" }, [], env);
    expect(refused.json.error.code).toBe("ERR_RLM_BUDGET");
    const r = await ok(sb, "replay", { cells: [a.cell_id, b.cell_id], force: true }, [], env);
    for (const id of [a.cell_id, b.cell_id]) {
      expect(step(r, id)).toMatchObject({ outcome: "refused", code: "ERR_RLM_BUDGET" });
      expect(step(r, id).hint).not.toBe("");
    }
    expect(requests()).toBe(2);
    const session = await ok(sb, "session");
    expect(session.budget.recursive_calls).toBe(2);
    expect((await ok(sb, "cell", { cell_id: a.cell_id })).output.cached_response).toBe("hello");

    setBudget(sb, s.sessionId, 3); // room for one: the first in execution order goes
    const one = await ok(sb, "replay", { cells: [a.cell_id, b.cell_id], force: true }, [], env);
    expect(one.steps.map((x: Json) => x.outcome)).toEqual(["live", "refused"]);
    expect(requests()).toBe(3);
    expect((await ok(sb, "session")).budget.recursive_calls).toBe(3);
  });

  it("cost_controls.max_recursive_calls_per_turn bounds the live calls of one replay", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const env = await withApi(() => "part");
    const mr = await ok(sb, "map_reduce", { content: "a\nb\nc\nd\ne\nf", n_chunks: 3 }, [], env);
    expect(requests()).toBe(4);
    writeFileSync(sb.config, JSON.stringify({ cost_controls: { max_recursive_calls_per_turn: 2 } }));
    const chunkIds = mr.chunks.map((c: Json) => c.cell_id);
    const r = await ok(sb, "replay", { cells: chunkIds, force: true }, [], env);
    expect(r.counts).toMatchObject({ live: 2, refused: 1 });
    const refused = r.steps.find((x: Json) => x.outcome === "refused");
    expect(refused).toMatchObject({ code: "ERR_RLM_BUDGET" });
    expect(refused.hint).toContain("max_recursive_calls_per_turn");
    expect(requests()).toBe(6);
  });
});
