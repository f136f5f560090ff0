import { execFileSync } from "node:child_process";
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

  it("agrees with performance.timeOrigin + performance.now() to well under a millisecond (times from different processes must order)", () => {
    const diffs: number[] = [];
    for (let i = 0; i < 200; i++) {
      const ours = nowEpochSeconds() * 1000;
      const theirs = performance.timeOrigin + performance.now();
      diffs.push(Math.abs(theirs - ours));
    }
    diffs.sort((a, b) => a - b);
    expect(diffs[100]).toBeLessThan(0.25);
  });

  it("in another process, a time taken after Date.now() is never earlier than it", () => {
    const src = new URL("./clock.ts", import.meta.url).pathname;
    const out = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import(${JSON.stringify(src)}).then((m) => { let bad = 0; for (let i = 0; i < 2000; i++) { const d = Date.now() / 1000; if (m.nowEpochSeconds() < d) bad++; } console.log(bad); })`,
      ],
      { encoding: "utf8" },
    );
    expect(out.trim()).toBe("0");
  });

  it("does not load node:perf_hooks (a hook process must not pay for it)", () => {
    const src = new URL("./clock.ts", import.meta.url).pathname;
    const out = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import(${JSON.stringify(src)}).then((m) => { m.nowEpochSeconds(); console.log(process.moduleLoadList.some((n) => n.includes("perf_hooks"))); })`,
      ],
      { encoding: "utf8" },
    );
    expect(out.trim()).toBe("false");
  });
});
