import { describe, expect, it, vi } from "vitest";
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

  it("follows the wall clock when it jumps (a suspend, a clock step), and never goes back", () => {
    const real = Date.now.bind(Date);
    const before = nowEpochSeconds();
    const spy = vi.spyOn(Date, "now").mockImplementation(() => real() + 60_000); // 60 s asleep
    try {
      const after = nowEpochSeconds();
      expect(after - before).toBeGreaterThan(59.9);
      expect(Math.abs(after * 1000 - Date.now())).toBeLessThan(50);
    } finally {
      spy.mockRestore();
    }
    // the wall clock back 60 s: still strictly increasing, then following it again
    const t = nowEpochSeconds();
    expect(t).toBeGreaterThan(before);
    expect(nowEpochSeconds()).toBeGreaterThan(t);
  });
});
