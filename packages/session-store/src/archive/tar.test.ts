import { describe, expect, it } from "vitest";
import { expectCode } from "../../test/helpers.js";
import type { TarEntry } from "./tar-format.js";
import { readTar } from "./tar-read.js";
import { writeTar } from "./tar-write.js";

const entries: TarEntry[] = [
  { path: "s", type: "dir", mode: 0o700, mtime: 1_700_000_000.123456 },
  {
    path: `s/${"long-name-".repeat(30)}.json`,
    type: "file",
    mode: 0o600,
    mtime: 2,
    data: Buffer.from("hello"),
  },
  { path: "s/empty", type: "file", mode: 0o400, mtime: 3, data: Buffer.alloc(0) },
  { path: "s/link", type: "symlink", mode: 0o777, mtime: 4, linkTarget: `/very/${"far/".repeat(40)}target` },
  { path: "s/exact", type: "file", mode: 0o644, mtime: 5, data: Buffer.alloc(1024, 7) },
];

describe("tar", () => {
  it("round-trips paths, modes, mtimes, link targets and contents", () => {
    const tar = writeTar(entries);
    expect(tar.length % 512).toBe(0);
    expect(readTar(tar)).toEqual(entries);
  });

  it("rejects a damaged header and a truncated archive", () => {
    const tar = writeTar(entries);
    const damaged = Buffer.from(tar);
    damaged[1030] = (damaged[1030] as number) ^ 0xff;
    expectCode(() => readTar(damaged), "ERR_RLM_ARCHIVE");
    expectCode(() => readTar(tar.subarray(0, 1536)), "ERR_RLM_ARCHIVE");
  });
});
