import { describe, expect, it } from "vitest";
import { randomHex } from "./random-id.js";

describe("randomHex", () => {
  it("gives exactly the digits asked for, lowercase hex, and no repeats in 20,000 draws", () => {
    for (const n of [1, 6, 12, 13, 14, 24, 26]) expect(randomHex(n)).toMatch(new RegExp(`^[0-9a-f]{${n}}$`));
    const seen = new Set(Array.from({ length: 20_000 }, () => randomHex(24)));
    expect(seen.size).toBe(20_000);
  });
});
