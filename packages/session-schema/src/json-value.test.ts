import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertJsonValue, isRlmError, jsonValueProblem, type ValidationError } from "./index.js";

describe("jsonValueProblem", () => {
  it("accepts plain JSON (and undefined object properties, which mean absent)", () => {
    for (const v of [
      null,
      0,
      -0,
      1.5,
      "",
      "x",
      true,
      [],
      {},
      [1, [2, { a: null }]],
      { a: undefined, b: 1 },
    ]) {
      expect(jsonValueProblem(v)).toBeNull();
    }
    expect(jsonValueProblem(Object.create(null))).toBeNull();
    const shared = { s: 1 };
    expect(jsonValueProblem({ a: shared, b: [shared, shared] })).toBeNull(); // shared, not a cycle
  });

  it.each([
    [{ a: { b: 10n } }, "a.b", /BigInt/],
    [{ f: () => 1 }, "f", /function/],
    [{ s: Symbol("x") }, "s", /symbol/],
    [{ n: [1, Number.NaN] }, "n.1", /NaN/],
    [{ n: Number.POSITIVE_INFINITY }, "n", /Infinity/],
    [{ n: Number.NEGATIVE_INFINITY }, "n", /-Infinity/],
    [{ a: [1, undefined] }, "a.1", /undefined in an array/],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    [{ a: [1, , 3] }, "a.1", /hole/],
    [{ m: new Map() }, "m", /Map/],
    [{ d: new Date(0) }, "d", /Date/],
    [{ [Symbol("k")]: 1 }, "", /symbol key/],
    [10n, "", /BigInt/],
    [undefined, "", /undefined/],
  ])("refuses %o at %s", (value, path, message) => {
    const problem = jsonValueProblem(value);
    expect(problem?.path).toBe(path);
    expect(problem?.message).toMatch(message);
  });

  it("finds cycles without a raw TypeError, and survives deep nesting", () => {
    const a: Record<string, unknown> = { x: [1] };
    (a.x as unknown[]).push({ back: a });
    expect(jsonValueProblem({ root: a })).toEqual({
      path: "root.x.1.back",
      message: expect.stringMatching(/cycle/),
    });
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonValueProblem(deep)).toBeNull();
  });

  it("finds a problem below the fast check's depth, and in a heavily shared value", () => {
    let deep: unknown = [1n];
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(jsonValueProblem(deep)?.path).toBe(`${"d.".repeat(100)}0`);
    let shared: unknown = [1, 2];
    for (let i = 0; i < 40; i++) shared = [shared, shared]; // 2^40 paths, 41 objects
    expect(jsonValueProblem(shared)).toBeNull();
    expect(jsonValueProblem({ n: Object.assign(Object.create(null), { x: Number.NaN }) })?.path).toBe("n.x");
  });

  it("reports the first problem in document order, under a base path", () => {
    expect(jsonValueProblem({ a: 1n, b: 2n }, "context.working_memory")?.path).toBe(
      "context.working_memory.a",
    );
  });

  it("assertJsonValue throws ERR_RLM_VALIDATION naming the path and the file", () => {
    let caught: unknown;
    try {
      assertJsonValue({ k: 10n }, "session.json", "/s/session.json", "context.working_memory");
    } catch (err) {
      caught = err;
    }
    expect(isRlmError(caught, "ERR_RLM_VALIDATION")).toBe(true);
    expect((caught as ValidationError).issues[0]?.path).toBe("context.working_memory.k");
    expect((caught as Error).message).toContain("/s/session.json");
  });

  it("agrees with a JSON round trip on JSON values (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(jsonValueProblem(v)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
