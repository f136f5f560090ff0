import { describe, expect, it } from "vitest";
import { nowEpochSeconds } from "./clock.js";

describe("nowEpochSeconds", () => {
  it("is strictly increasing, microsecond-rounded, and within a few ms of Date.now()", () => {
    let prev = 0;
    for (let i = 0; i < 10_000; i++) {
      const t = nowEpochSeconds();
      expect(t).toBeGreaterThan(prev);
      expect(Math.abs(t * 1e6 - Math.round(t * 1e6))).toBeLessThan(1e-3);
      prev = t;
    }
    expect(Math.abs(nowEpochSeconds() * 1000 - Date.now())).toBeLessThan(50);
  });
});
