import { describe, expect, it } from "vitest";
import { cacheKey, DELETED, outputDigest } from "./cache-key.js";
import { canonicalJson } from "./canonical-json.js";

const cell = {
  type: "repl" as const,
  code: "sum(x)",
  dependencies: ["cell_00000001"],
  input: { source: "repl", operation: "sum", args: { b: 2, a: 1 } },
};

describe("cache key", () => {
  it("is stable under key order and changes with code, args, files and dependency outputs", () => {
    const files = { "a.txt": "sha256:aa" };
    const deps = { cell_00000001: outputDigest({ result: 1, error: null, cached_response: null }) };
    const k = cacheKey(cell, files, deps);
    expect(cacheKey({ ...cell, input: { ...cell.input, args: { a: 1, b: 2 } } }, files, deps)).toBe(k);
    expect(cacheKey({ ...cell, code: "sum(y)" }, files, deps)).not.toBe(k);
    expect(cacheKey({ ...cell, input: { ...cell.input, args: { a: 2, b: 2 } } }, files, deps)).not.toBe(k);
    expect(cacheKey(cell, { "a.txt": "sha256:bb" }, deps)).not.toBe(k);
    expect(cacheKey(cell, { "a.txt": DELETED }, deps)).not.toBe(k);
    expect(
      cacheKey(cell, files, {
        cell_00000001: outputDigest({ result: 2, error: null, cached_response: null }),
      }),
    ).not.toBe(k);
    expect(k).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("canonical JSON sorts keys at every depth", () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });

  it("an error output digests differently from a result", () => {
    expect(outputDigest({ result: null, error: "x", cached_response: null })).not.toBe(
      outputDigest({ result: "x", error: null, cached_response: null }),
    );
  });
});
