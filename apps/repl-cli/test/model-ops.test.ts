import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSession, type FakeAnthropic, startFakeAnthropic, writeFakeClaude } from "@rlm/repl-bridge/test";
import { afterEach, describe, expect, it } from "vitest";
import { ok, repl, type Sandbox, sandbox } from "./helpers.js";

let fake: FakeAnthropic | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function withApi(sb: Sandbox, reply?: Parameters<typeof startFakeAnthropic>[0]) {
  fake = await startFakeAnthropic(reply);
  return { ANTHROPIC_API_KEY: "sk-ant-test-key", ANTHROPIC_BASE_URL: fake.url, ...(sb ? {} : {}) };
}

describe("model-backed ops through the Anthropic SDK against a local fake of the Messages API", () => {
  it("llm: the exact prompt is sent, an llm_call cell holds it with usage and cached_response, the budget grows", async () => {
    const sb = sandbox();
    writeFileSync(
      sb.config,
      JSON.stringify({
        models: { recursive_depth_1: "claude-haiku-4-5" },
        cost_controls: { max_tokens_per_recursive_call: 300 },
      }),
    );
    buildSession(sb.root);
    const env = await withApi(sb, () => "The config is parsed by parse_config().");
    const r = await ok(
      sb,
      "llm",
      { query: "Which function parses the config?", context: "def parse_config(): ...", max_tokens: 1000 },
      [],
      env,
    );
    expect(r).toMatchObject({
      response: "The config is parsed by parse_config().",
      model: "claude-haiku-4-5",
      provider: "anthropic-api",
    });
    expect(fake?.requests).toHaveLength(1);
    const sent = fake?.requests[0];
    expect(sent?.path).toBe("/v1/messages");
    expect(JSON.stringify(sent?.headers)).toContain("sk-ant-test-key");
    expect(sent?.body).toMatchObject({ model: "claude-haiku-4-5", max_tokens: 300 }); // capped by the config
    expect(sent?.body.messages).toEqual([
      { role: "user", content: "def parse_config(): ...\n\n---\n\nWhich function parses the config?" },
    ]);

    const cell = await ok(sb, "cell", { cell_id: r.cell_id });
    expect(cell).toMatchObject({
      type: "llm_call",
      status: "done",
      input: {
        source: "rlm-repl",
        operation: "llm",
        args: { query: "Which function parses the config?", request: sent?.body },
      },
      output: { cached_response: "The config is parsed by parse_config()." },
      metadata: { model: "claude-haiku-4-5", tokens_used: r.usage.input_tokens + r.usage.output_tokens },
    });
    const session = await ok(sb, "session");
    expect(session.budget.tokens).toBe(r.usage.input_tokens + r.usage.output_tokens);
    expect(session.budget.recursive_calls).toBe(1);
    expect(session.budget.cost_usd).toBeCloseTo(
      (r.usage.input_tokens * 1 + r.usage.output_tokens * 5) / 1e6,
      12,
    );
    expect(session.budget.by_model["claude-haiku-4-5"]).toMatchObject({ calls: 1 });

    // Replay: served from cached_response, no request; force: a new request, budget grows again.
    const cached = await ok(sb, "replay", { cells: [r.cell_id] }, [], env);
    expect(cached.steps[0]).toMatchObject({ outcome: "cached", mode: "cached" });
    expect(fake?.requests).toHaveLength(1);
    const stale = await ok(sb, "invalidate", { cell_id: r.cell_id });
    expect(stale.count).toBe(1);
    const fromCache = await ok(sb, "replay", { cells: "stale" }, [], env);
    expect(fromCache.steps[0]).toMatchObject({
      outcome: "cached",
      from: "cached_response",
      run_reason: "stale",
    });
    expect(fake?.requests).toHaveLength(1);
    const forced = await ok(sb, "replay", { cells: [r.cell_id], force: true }, [], env);
    expect(forced.steps[0]).toMatchObject({ outcome: "live", mode: "live", run_reason: "forced" });
    expect(fake?.requests).toHaveLength(2);
    expect(fake?.requests[1]?.body).toEqual(sent?.body);
    expect((await ok(sb, "session")).budget.recursive_calls).toBe(2);
  });

  it("summarize (a file) and map_reduce (bounded concurrency, reduce depends on the chunks)", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const env = await withApi(sb, (req) => {
      const m = req.body.messages[0]?.content ?? "";
      if (m.startsWith("Combine")) return "combined";
      if (m.startsWith("Summarize this section")) return `part ${m.length}`;
      return "a summary";
    });
    const sum = await ok(sb, "summarize", { path: "notes.md", max_tokens: 50 }, [], env);
    expect(sum.summary).toBe("a summary");
    expect(fake?.requests[0]?.body.messages[0]?.content).toContain("TODO: retry on timeout");
    expect(fake?.requests[0]?.body.max_tokens).toBe(50);
    const sumCell = await ok(sb, "cell", { cell_id: sum.cell_id });
    expect(Object.keys(sumCell.input.context_snapshot.files)).toEqual([join(s.cwd, "notes.md")]);

    const text = Array.from({ length: 40 }, (_, i) => `line ${i} of the changelog`).join("\n");
    const mr = await ok(sb, "map_reduce", { content: text, n_chunks: 4, concurrency: 2 }, [], env);
    expect(mr).toMatchObject({ result: "combined", n_chunks: 4, concurrency: 2 });
    expect(fake?.requests).toHaveLength(1 + 5);
    // Requests arrive in completion order (two in flight); put the chunks back in text order.
    const first = (c: string) => Number(/line (\d+)/.exec(c)?.[1]);
    const chunks = (fake?.requests ?? [])
      .slice(1, 5)
      .map((r) => r.body.messages[0]?.content.split("<section>\n")[1]?.replace("\n</section>", "") ?? "")
      .sort((a, b) => first(a) - first(b));
    expect(chunks.join("")).toBe(text);
    const reduce = await ok(sb, "cell", { cell_id: mr.cell_id });
    expect(reduce).toMatchObject({ type: "llm_call", input: { operation: "map_reduce.reduce" } });
    expect(reduce.dependencies).toEqual(mr.chunks.map((c: { cell_id: string }) => c.cell_id));
    expect(reduce.input.args.request.messages[0].content).toContain('<part index="4">');
    expect((await ok(sb, "session")).budget.recursive_calls).toBe(6);

    // Forcing one chunk re-runs it and leaves the reduce stale (its input changed); replaying the
    // reduce from cache costs nothing, forcing it rebuilds its prompt from the chunks' outputs.
    const one = await ok(sb, "replay", { cells: [mr.chunks[0].cell_id], force: true }, [], env);
    expect(one.steps[0].outcome).toBe("live");
    expect(fake?.requests).toHaveLength(7);
    const again = await ok(sb, "replay", { cells: [mr.cell_id], force: true }, [], env);
    expect(again.steps[0].outcome).toBe("live");
    expect(fake?.requests).toHaveLength(8);
    expect(fake?.requests[7]?.body.messages[0]?.content).toContain('<part index="1">');
  });

  it("find_relevant with rerank records the model call as a dependency; replay reuses its cached answer", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const env = await withApi(sb, () => "[2, 9]");
    const content = "alpha retry\nbeta\ngamma retry timeout\ndelta";
    const r = await ok(
      sb,
      "find_relevant",
      { content, query: "retry timeout", chunk_lines: 2, overlap: 0, top_k: 1, rerank: true },
      [],
      env,
    );
    expect(r.reranked).toBe(true);
    expect(r.results).toHaveLength(1);
    expect(r.results[0].score).toBe(9);
    const cell = await ok(sb, "cell", { cell_id: r.cell_id });
    expect(cell.dependencies).toEqual([r.rerank_cell_id]);
    await ok(sb, "invalidate", { cell_id: r.cell_id });
    const replay = await ok(sb, "replay", { cells: "stale" }, [], env);
    expect(replay.steps[0]).toMatchObject({ cell_id: r.cell_id, outcome: "live" });
    expect(fake?.requests).toHaveLength(1);
  });

  it("an API error is an ERR_RLM_PROVIDER failure (exit 1) and nothing is charged", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const env = await withApi(sb, () => ({ status: 400, error: "model not found" }));
    const r = await repl(sb, "llm", { query: "hi" }, [], env);
    expect(r.code).toBe(1);
    expect(r.json.error.code).toBe("ERR_RLM_PROVIDER");
    expect(r.json.error.message).toContain("400");
    expect((await ok(sb, "session")).budget.recursive_calls).toBe(0);
  });

  it("the budget refuses calls beyond budget.max_recursive_calls", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const file = join(sb.root, s.sessionId, "session.json");
    const state = JSON.parse(readFileSync(file, "utf8"));
    state.budget.max_recursive_calls = 0;
    writeFileSync(file, JSON.stringify(state));
    const env = await withApi(sb);
    const r = await repl(sb, "llm", { query: "hi" }, [], env);
    expect(r.json.error.code).toBe("ERR_RLM_BUDGET");
    expect(fake?.requests).toHaveLength(0);
  });
});

describe("model calls without an API key", () => {
  it("use `claude -p` when it is on the PATH (its JSON output format), nested-call marker set", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const bin = join(sb.dir, "bin");
    (await import("node:fs")).mkdirSync(bin);
    const { log } = writeFakeClaude(bin);
    const r = await ok(sb, "llm", { query: "What is RLM?", system: "Be brief." }, [], {
      PATH: `${bin}:/usr/bin:/bin`,
    });
    expect(r).toMatchObject({
      provider: "claude-cli",
      response: "fake claude says: What is RLM?",
      usage: { input_tokens: 10, output_tokens: 5 },
    });
    expect(r.cost_usd).toBe(0.0012);
    const call = JSON.parse(readFileSync(log, "utf8").trim());
    expect(call.prompt).toBe("What is RLM?");
    expect(call.args).toEqual(
      expect.arrayContaining(["-p", "--output-format", "json", "--system-prompt", "Be brief."]),
    );
    expect(call.nested).toBe("1");
    expect((await ok(sb, "session")).budget.cost_usd).toBe(0.0012);
  });

  it("fail with ERR_RLM_NO_PROVIDER when neither is available", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const r = await repl(sb, "summarize", { content: "x" });
    expect(r.code).toBe(1);
    expect(r.json.error.code).toBe("ERR_RLM_NO_PROVIDER");
    expect(r.json.error.hint).toContain("ANTHROPIC_API_KEY");
  });
});

describe("extract_functions uses a real parser", () => {
  it("finds nested, multi-line and decorated definitions in python, go, javascript and typescript", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const cases: [string, string, string[]][] = [
      [
        "python",
        "@decorator\ndef a(\n    x,\n    y,\n):\n    def inner():\n        pass\n    return x\n\nclass K:\n    async def m(self): ...\n",
        ["a", "inner", "m"],
      ],
      [
        "go",
        "package p\n\nfunc F(a int,\n\tb int) int { return a }\n\nfunc (r *Repo) Get(id string) error {\n\treturn nil\n}\n",
        ["F", "Get"],
      ],
      [
        "javascript",
        "function f(a,\n b) { const g = () => 1; return g }\nclass C { m() {} static async n() {} }\nconst h = function () {}\n",
        ["f", "g", "m", "n", "h"],
      ],
      [
        "typescript",
        "export async function f<T>(\n  a: T,\n): Promise<T> { return a }\nclass C { private m(x: number): void {} }\nexport const g = (s: string): number => s.length;\n",
        ["f", "m", "g"],
      ],
    ];
    for (const [language, content, names] of cases) {
      const r = await ok(sb, "extract_functions", { content, language });
      expect(
        r.functions.map((f: { name: string }) => f.name),
        language,
      ).toEqual(names);
      expect(r.parse_errors, language).toBe(false);
    }
    const py = await ok(sb, "extract_functions", { content: cases[0]?.[1], language: "python" });
    expect(py.functions[0]).toMatchObject({ name: "a", start_line: 1, end_line: 8, kind: "function" });
    expect(py.functions[0].signature).toBe("@decorator def a( x, y, )");
    expect(py.functions[2]).toMatchObject({ name: "m", kind: "method", class: "K", async: true });
    const go = await ok(sb, "extract_functions", { content: cases[1]?.[1], language: "go" });
    expect(go.functions[1]).toMatchObject({ name: "Get", kind: "method", class: "Repo" });
    expect((await repl(sb, "extract_functions", { content: "x" })).code).toBe(2); // no language, no path
  });
});
