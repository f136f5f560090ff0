import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertCellId, assertSessionId, isRlmError, isSessionId, sessionIdProblem } from "./index.js";

describe("session ids", () => {
  it.each(["94692e6b-0ceb-4981-bb88-c31d81e9e21e", "default", "a", "A_b-c.d", "x".repeat(128)])(
    "accepts %s",
    (id) => {
      expect(sessionIdProblem(id)).toBeNull();
    },
  );

  it.each([
    ["", "empty"],
    ["..", "'..'"],
    ["../etc", "separator"],
    ["a/b", "separator"],
    ["a\\b", "separator"],
    ["a\0b", "NUL"],
    ["a\nb", "control"],
    ["a\u007fb", "control"],
    [".hidden", "starts with '.'"],
    ["a..b", "'..'"],
    ["x".repeat(129), "longer than 128"],
    ["current", "reserved"],
    ["archive", "reserved"],
    ["migration-backup", "reserved"],
    ["foo.tmp", "reserved"],
    ["a b", "characters outside"],
    ["ü", "characters outside"],
  ])("refuses %j (%s)", (id, why) => {
    expect(sessionIdProblem(id)).toContain(why);
    let caught: unknown;
    try {
      assertSessionId(id);
    } catch (err) {
      caught = err;
    }
    expect(isRlmError(caught, "ERR_RLM_INVALID_ID")).toBe(true);
  });

  it("refuses non-strings", () => {
    for (const v of [undefined, null, 5, {}, ["a"]]) expect(isSessionId(v)).toBe(false);
  });

  it("never accepts an id that could escape a directory (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        if (isSessionId(s)) {
          expect(s).not.toMatch(/[/\\\0]|\.\./);
          expect(s.length).toBeLessThanOrEqual(128);
          expect(s.startsWith(".")).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("cell ids", () => {
  it("accepts cell_ + 8 lowercase hex only", () => {
    expect(() => assertCellId("cell_0123abcd")).not.toThrow();
    for (const bad of ["cell_0123ABCD", "cell_123", "cell_0123abcde", "../cell_0123abcd", "", 7]) {
      expect(() => assertCellId(bad)).toThrowError(/invalid cell_id/);
    }
  });
});
