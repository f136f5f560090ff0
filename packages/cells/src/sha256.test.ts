import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "./sha256.js";

const ref = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

describe("sha256Hex", () => {
  it("matches node:crypto on the FIPS examples and every length around the padding boundaries", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    for (let n = 0; n < 200; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256Hex(b), `length ${n}`).toBe(ref(b));
    }
  });

  it("matches node:crypto on random strings (UTF-8) and buffers, small and past the native threshold", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 3000 }), (s) => sha256Hex(s) === ref(s)));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), (b) => sha256Hex(b) === ref(b)));
    const big = Buffer.alloc(300 * 1024, 7);
    expect(sha256Hex(big)).toBe(ref(big));
  });
});
