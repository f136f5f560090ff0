import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectCode, newStore } from "../../test/helpers.js";
import { previewOf } from "./tool-output.js";

describe("update helpers", () => {
  it("setActivation / setDepth", () => {
    const { store } = newStore();
    store.create("s");
    const s = store.setActivation("s", {
      active: true,
      reason: "complex task",
      mode: "manual",
      complexityScore: 0.8,
    });
    expect(s.activation).toMatchObject({
      rlm_active: true,
      activation_reason: "complex task",
      activation_mode: "manual",
      complexity_score: 0.8,
    });
    expect(store.setActivation("s", { active: false, reason: null }).activation).toMatchObject({
      rlm_active: false,
      activation_mode: "manual",
    });
    expect(store.setDepth("s", 2).activation.current_depth).toBe(2);
    for (const bad of [-1, 3, 1.5, Number.NaN]) {
      expect(expectCode(() => store.setDepth("s", bad), "ERR_RLM_VALIDATION").message).toContain(
        "activation.current_depth",
      );
    }
    expect(store.load("s").activation.current_depth).toBe(2);
  });

  it("addTokens (total, cost, per model) and addRecursiveCall", () => {
    const { store } = newStore();
    store.create("s");
    store.addTokens("s", { tokens: 100, costUsd: 0.5, model: "opus" });
    store.addTokens("s", { tokens: 50, costUsd: 0.25, model: "opus" });
    const s = store.addTokens("s", { tokens: 7 });
    expect(s.budget).toMatchObject({
      total_tokens_used: 157,
      cost_usd: 0.75,
      by_model: { opus: { calls: 2, tokens: 150, cost_usd: 0.75 } },
    });
    expectCode(() => store.addTokens("s", { tokens: -1 }), "ERR_RLM_VALIDATION");
    expectCode(
      () => store.addTokens("s", { tokens: 1, costUsd: Number.POSITIVE_INFINITY }),
      "ERR_RLM_VALIDATION",
    );
    expectCode(() => store.addTokens("s", { tokens: 1, model: "__proto__" }), "ERR_RLM_VALIDATION");
    store.addRecursiveCall("s");
    expect(store.addRecursiveCall("s").budget.total_recursive_calls).toBe(2);
  });

  it("working memory: set, remove, merge", () => {
    const { store } = newStore();
    store.create("s");
    store.setWorkingMemory("s", "a", { nested: [1, 2] });
    store.mergeWorkingMemory("s", { b: 2, c: 3 });
    expect(store.setWorkingMemory("s", "c", undefined).context.working_memory).toEqual({
      a: { nested: [1, 2] },
      b: 2,
    });
    expectCode(() => store.setWorkingMemory("s", "__proto__", 1), "ERR_RLM_VALIDATION");
    expectCode(() => store.setWorkingMemory("s", "", 1), "ERR_RLM_VALIDATION");
  });

  it("refuses values JSON cannot hold, naming the dot path, and writes nothing", () => {
    const { store, root } = newStore();
    store.create("s");
    store.setWorkingMemory("s", "kept", 1);
    const file = `${root}/s/session.json`;
    const before = readFileSync(file);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const [value, path, message] of [
      [10n, "context.working_memory.k", /BigInt/],
      [() => 1, "context.working_memory.k", /function/],
      [Number.NaN, "context.working_memory.k", /NaN/],
      [Number.POSITIVE_INFINITY, "context.working_memory.k", /Infinity/],
      [{ deep: [1, { n: Number.NEGATIVE_INFINITY }] }, "context.working_memory.k.deep.1.n", /Infinity/],
      [Symbol("s"), "context.working_memory.k", /symbol/],
      [cycle, "context.working_memory.k.self", /cycle/],
      [new Map([[1, 2]]), "context.working_memory.k", /Map/],
    ] as [unknown, string, RegExp][]) {
      const err = expectCode<{ issues: { path: string; message: string }[] }>(
        () => store.setWorkingMemory("s", "k", value),
        "ERR_RLM_VALIDATION",
      );
      expect(err.issues[0]?.path).toBe(path);
      expect(err.issues[0]?.message).toMatch(message);
      expect(err.message).toContain(file);
    }
    expectCode(() => store.mergeWorkingMemory("s", { ok: 1, bad: { x: 1n } }), "ERR_RLM_VALIDATION");
    expect(readFileSync(file)).toEqual(before);
    // elsewhere in the state, through save of a state this store keeps (the remembered path) and create
    let held = store.load("s");
    held = store.save(store.save(held));
    (held.budget as Record<string, unknown>).extra = { when: 5n };
    expect(expectCode(() => store.save(held), "ERR_RLM_VALIDATION").message).toContain("budget.extra.when");
    held = store.load("s");
    held = store.save(store.save(held));
    held.context.working_memory.f = () => 0;
    expect(expectCode(() => store.save(held), "ERR_RLM_VALIDATION").message).toContain(
      "context.working_memory.f",
    );
    expect(
      expectCode(
        () => store.create("t", { initial: { context: { working_memory: { n: Number.NaN } } } }),
        "ERR_RLM_VALIDATION",
      ).message,
    ).toContain("context.working_memory.n");
    expect(store.exists("t")).toBe(false);
    expect(store.load("s").context.working_memory).toEqual({ kept: 1 });
  });

  it("recordToolOutput keeps a window of 100 redacted previews of ≤ 1000 chars", () => {
    const { store } = newStore({ redact: (t) => t.replaceAll("SECRET", "[REDACTED:test]") });
    store.create("s");
    for (let i = 0; i < 105; i++)
      store.recordToolOutput("s", {
        toolName: "Bash",
        content: `#${i} SECRET ${"x".repeat(2000)}`,
        exitCode: i % 2,
        cellId: i === 104 ? "cell_0000abcd" : undefined,
      });
    const outs = store.load("s").context.tool_outputs;
    expect(outs).toHaveLength(100);
    expect(outs[0]?.content_preview.startsWith("#5 [REDACTED:test] xxx")).toBe(true);
    expect(outs.every((o) => o.content_preview.length === 1000)).toBe(true);
    expect(outs[99]).toMatchObject({ tool_name: "Bash", exit_code: 0, cell_id: "cell_0000abcd" });
    expectCode(
      () => store.recordToolOutput("s", { toolName: "x", content: "", exitCode: 0, cellId: "bad" }),
      "ERR_RLM_VALIDATION",
    );
  });

  it("redacts secrets in previews by default, even one cut by the preview's end; redact: false keeps text", () => {
    const key = `sk-ant-api03-${"k".repeat(60)}`;
    const { store } = newStore();
    store.create("s");
    store.recordToolOutput("s", { toolName: "Bash", content: `DB_PASSWORD=hunter22\n${key}`, exitCode: 0 });
    store.recordToolOutput("s", { toolName: "Bash", content: `${"x".repeat(979)} ${key}`, exitCode: 0 });
    const [first, cut] = store.load("s").context.tool_outputs;
    expect(first?.content_preview).toBe("DB_PASSWORD=[REDACTED:env]\n[REDACTED:anthropic_key]");
    expect(cut?.content_preview).toBe(`${"x".repeat(979)} [REDACTED:anthropic_key]`.slice(0, 1000));
    expect(JSON.stringify(store.load("s"))).not.toContain("kkkkkkkkkk");

    const plain = newStore({ redact: false }).store;
    plain.create("p");
    plain.recordToolOutput("p", { toolName: "Bash", content: key, exitCode: 0 });
    expect(plain.load("p").context.tool_outputs[0]?.content_preview).toBe(key);
  });

  it("previews never end in half a surrogate pair", () => {
    expect(previewOf(`${"a".repeat(999)}😀tail`)).toBe("a".repeat(999));
    expect(previewOf("short")).toBe("short");
  });

  it("recordFileAccess keeps first access, updates last access, hash and size", () => {
    const { store } = newStore();
    store.create("s");
    const h = `sha256:${"a".repeat(64)}`;
    const first = store.recordFileAccess("s", { path: "/x.ts", hash: h, sizeBytes: 10 }).context.files[
      "/x.ts"
    ]!;
    const second = store.recordFileAccess("s", { path: "/x.ts" }).context.files["/x.ts"]!;
    expect(second).toEqual({
      hash: h,
      size_bytes: 10,
      first_access: first.first_access,
      last_access: expect.any(Number),
    });
    expect(second.last_access).toBeGreaterThan(first.last_access);
    expectCode(() => store.recordFileAccess("s", { path: "/y", hash: "md5:nope" }), "ERR_RLM_VALIDATION");
  });

  it("end / reopen", () => {
    const { store } = newStore();
    store.create("s");
    expect(store.end("s").metadata.ended_at).toEqual(expect.any(Number));
    expect(store.list({ live: false }).sessions).toHaveLength(1);
    expect(store.reopen("s").metadata.ended_at).toBeNull();
  });

  it("every helper refuses unknown sessions", () => {
    const { store } = newStore();
    for (const call of [
      () => store.end("x"),
      () => store.reopen("x"),
      () => store.setDepth("x", 0),
      () => store.addRecursiveCall("x"),
      () => store.recordFileAccess("x", { path: "/a" }),
    ]) {
      expectCode(call, "ERR_RLM_SESSION_NOT_FOUND");
    }
  });
});
