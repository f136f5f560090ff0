import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMatches, makeMatcher } from "./find-matches.js";
import { lineChunks, scoreChunks } from "./keyword-chunks.js";
import { mapBounded } from "./map-bounded.js";
import { sliceRange } from "./slice-range.js";
import { splitChunks } from "./split-chunks.js";

describe("text helpers", () => {
  it("splitChunks covers the text exactly, in at most n pieces", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 9 }), (text, n) => {
        const chunks = splitChunks(text, n);
        expect(chunks.join("")).toBe(text);
        expect(chunks.length).toBeLessThanOrEqual(n);
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
    );
  });

  it("sliceRange: inclusive end, -1 to the end, negatives from the end", () => {
    const xs = [0, 1, 2, 3, 4];
    expect(sliceRange(xs, 0, -1).items).toEqual(xs);
    expect(sliceRange(xs, 1, 2)).toEqual({ items: [1, 2], from: 1, to: 3 });
    expect(sliceRange(xs, -2, -1).items).toEqual([3, 4]);
    expect(sliceRange(xs, 9, 12).items).toEqual([]);
    expect(sliceRange(xs, 3, 1).items).toEqual([]);
  });

  it("findMatches counts every match, keeps the first ones with line numbers; literal patterns are escaped", () => {
    const text = "a.b\nxx a.b\naxb";
    expect(findMatches(makeMatcher("a.b", false, false), text, 1)).toEqual({
      count: 2,
      matches: [{ line: 1, context: "a.b xx a.b axb" }],
    });
    expect(findMatches(makeMatcher("a.b", true, false), text, 5).count).toBe(3);
    expect(findMatches(makeMatcher("x*", true, false), "ab", 5).count).toBe(3); // empty matches advance
  });

  it("lineChunks overlap and scoreChunks prefers rare, repeated terms", () => {
    const text = Array.from({ length: 10 }, (_, i) => `line ${i}`).join("\n");
    expect(lineChunks(text, 4, 1).map((c) => [c.start, c.end])).toEqual([
      [1, 4],
      [4, 7],
      [7, 10],
    ]);
    const scored = scoreChunks("retry\nretry timeout\nnothing\nthe the the", "retry timeout the", 1, 0);
    expect(scored[0]?.start_line).toBe(2);
  });

  it("mapBounded keeps order and never exceeds the bound", async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (x) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, x));
      inFlight--;
      return x * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
