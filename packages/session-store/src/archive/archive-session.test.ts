import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { hashTree } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { entriesOf, expectCode, HOSTILE_IDS, newStore } from "../../test/helpers.js";
import { writeTar } from "./tar-write.js";

function richSession() {
  const env = newStore();
  const { store, root, base } = env;
  store.create("s1", { transcriptPath: join(base, "never-written.jsonl") });
  store.update("s1", (s) => {
    for (let i = 0; i < 200; i++) {
      s.context.files[`/p/${"deep/".repeat(30)}file-${i}.ts`] = {
        hash: null,
        size_bytes: i,
        first_access: 1,
        last_access: 2,
      };
    }
  });
  const dir = join(root, "s1");
  writeFileSync(join(dir, "cells/cell_0000abcd.json"), JSON.stringify({ big: "z".repeat(100_000) }));
  mkdirSync(join(dir, "snapshots"), { mode: 0o750 });
  writeFileSync(join(dir, "snapshots/ünïcödé name.json"), "{}", { mode: 0o640 });
  chmodSync(join(dir, "snapshots/ünïcödé name.json"), 0o640);
  chmodSync(join(dir, "snapshots"), 0o750);
  symlinkSync("../session.json", join(dir, "snapshots/relative-link"));
  store.appendTrace("s1", { kind: "x" });
  return { ...env, dir };
}

describe("archive / restore", () => {
  it("round-trips byte for byte (modes, dangling and relative symlinks, long and unicode names)", () => {
    const { store, root, dir } = richSession();
    const before = hashTree(dir);
    const modes = Object.fromEntries(Object.keys(before).map((p) => [p, lstatSync(join(dir, p)).mode]));
    const info = store.archive("s1");
    expect(info.path).toBe(join(root, "archive/s1.tar.gz"));
    expect(existsSync(dir)).toBe(false);
    expect(store.exists("s1")).toBe(false);
    expect(store.listArchived()).toEqual([
      { sessionId: "s1", path: info.path, sizeBytes: info.sizeBytes, archivedAt: expect.any(Number) },
    ]);
    store.restore("s1");
    expect(hashTree(dir)).toEqual(before);
    for (const [p, mode] of Object.entries(modes))
      expect([p, lstatSync(join(dir, p)).mode]).toEqual([p, mode]);
    expect(store.listArchived()).toEqual([]);
    expect(store.load("s1").metadata.session_id).toBe("s1");
  });

  it("actually reclaims space", () => {
    const { store, root } = richSession();
    const info = store.archive("s1");
    expect(info.contentBytes).toBeGreaterThan(100_000);
    expect(info.sizeBytes).toBeLessThan(info.contentBytes / 10);
    expect(entriesOf(root)).toEqual(["archive"]);
  });

  it("is a tar.gz that GNU tar can list", () => {
    const { store } = richSession();
    const info = store.archive("s1");
    let listing: string;
    try {
      listing = execFileSync("tar", ["-tzf", info.path], { encoding: "utf8" });
    } catch {
      return; // no tar binary on this machine
    }
    expect(listing).toContain("s1/session.json");
    expect(listing).toContain(`s1/snapshots/ünïcödé name.json`);
  });

  it("clears `current`, keeps the archive on request, refuses to clobber", () => {
    const { store } = richSession();
    store.setCurrent("s1");
    store.archive("s1");
    expect(store.getCurrent()).toBeNull();
    store.restore("s1", { keepArchive: true });
    expectCode(() => store.restore("s1"), "ERR_RLM_SESSION_EXISTS");
    expectCode(() => store.archive("s1"), "ERR_RLM_ARCHIVE");
    expect(store.exists("s1")).toBe(true);
  });

  it("errors: unknown session, no archive, hostile ids, corrupt archive", () => {
    const { store, root } = newStore();
    expectCode(() => store.archive("ghost"), "ERR_RLM_SESSION_NOT_FOUND");
    expectCode(() => store.restore("ghost"), "ERR_RLM_SESSION_NOT_FOUND");
    for (const id of HOSTILE_IDS) {
      expectCode(() => store.archive(id), "ERR_RLM_INVALID_ID");
      expectCode(() => store.restore(id), "ERR_RLM_INVALID_ID");
    }
    expect(entriesOf(root)).toEqual([]);
    mkdirSync(join(root, "archive"), { recursive: true });
    writeFileSync(join(root, "archive/bad.tar.gz"), "not gzip");
    const err = expectCode<{ path: string }>(() => store.restore("bad"), "ERR_RLM_CORRUPT_FILE");
    expect(err.path).toBe(join(root, "archive/bad.tar.gz"));
    expect(readFileSync(join(root, "archive/bad.tar.gz"), "utf8")).toBe("not gzip");
  });

  it("refuses archives whose entries would land outside the session", () => {
    const { store, root, base } = newStore();
    mkdirSync(join(root, "archive"), { recursive: true });
    const evil = [
      { path: "x", type: "dir" as const, mode: 0o700, mtime: 1 },
      { path: "x/../../escaped", type: "file" as const, mode: 0o600, mtime: 1, data: Buffer.from("pwned") },
    ];
    writeFileSync(join(root, "archive/x.tar.gz"), gzipSync(writeTar(evil)));
    expectCode(() => store.restore("x"), "ERR_RLM_ARCHIVE");
    writeFileSync(join(root, "archive/y.tar.gz"), gzipSync(writeTar([{ ...evil[0]!, path: "other" }])));
    expectCode(() => store.restore("y"), "ERR_RLM_ARCHIVE");
    expect(existsSync(join(base, "escaped"))).toBe(false);
    expect(entriesOf(root)).toEqual(["archive"]);
  });
});
