import { describe, expect, it } from "vitest";
import type { Problem } from "../report/problem.js";
import { parseIsoSeconds, toBool, toCount, toEpoch, toInt, toNumber, toObject } from "./coerce.js";

function ctx() {
  const sink: Problem[] = [];
  return { ctx: { source: "rlm-state/x.json", sink }, sink };
}

describe("coercion of legacy values", () => {
  it("reads numbers written as strings, and absent values as null without a problem", () => {
    const { ctx: c, sink } = ctx();
    expect(toNumber(c, "a", "12.5")).toBe(12.5);
    expect(toCount(c, "b", "7")).toBe(7);
    expect(toCount(c, "c", 3.0)).toBe(3);
    expect(toInt(c, "d", "-1")).toBe(-1);
    expect(toNumber(c, "e", undefined)).toBeNull();
    expect(toNumber(c, "f", "None")).toBeNull();
    expect(sink).toEqual([]);
  });

  it("reports what it cannot read, naming the field", () => {
    const { ctx: c, sink } = ctx();
    expect(toCount(c, "total_tokens_used", "12.5")).toBeNull();
    expect(toCount(c, "depth", -1)).toBeNull();
    expect(toNumber(c, "n", "abc")).toBeNull();
    expect(toObject(c, "working_memory", "text")).toBeNull();
    expect(sink.map((p) => p.source)).toEqual([
      "rlm-state/x.json#total_tokens_used",
      "rlm-state/x.json#depth",
      "rlm-state/x.json#n",
      "rlm-state/x.json#working_memory",
    ]);
    expect(sink.every((p) => p.level === "warning")).toBe(true);
  });

  it("reads Python booleans", () => {
    const { ctx: c } = ctx();
    expect([
      toBool(c, "a", "True"),
      toBool(c, "b", "False"),
      toBool(c, "c", 1),
      toBool(c, "d", false),
    ]).toEqual([true, false, true, false]);
  });

  it("reads times as epoch seconds, ISO text and str(datetime) (no zone: UTC)", () => {
    const { ctx: c, sink } = ctx();
    expect(toEpoch(c, "t", 1700000000.5)).toBe(1700000000.5);
    expect(toEpoch(c, "t", "1700000000")).toBe(1700000000);
    expect(toEpoch(c, "t", "2023-11-14T22:13:20Z")).toBe(1700000000);
    expect(toEpoch(c, "t", "2023-11-14 22:13:20.5")).toBe(1700000000.5);
    expect(toEpoch(c, "t", "2023-11-14T23:13:20+01:00")).toBe(1700000000);
    expect(parseIsoSeconds("yesterday")).toBeNull();
    expect(sink).toEqual([]);
  });
});
