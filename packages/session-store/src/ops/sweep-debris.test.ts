import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { hashTree } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { newStore } from "../../test/helpers.js";
import { createSessionStore } from "../index.js";

const old = (path: string) =>
  utimesSync(path, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

describe("sweep", () => {
  it("removes only our own abandoned temp entries, never session data or fresh work", () => {
    const { store, root } = newStore();
    store.create("s1");
    store.create("s2");
    const s1 = join(root, "s1");
    const debris = [
      join(root, ".staging-s3-0a1b2c"),
      join(root, ".trash-s4-9f8e7d"),
      join(s1, "session.json.4242.0.7.tmp"),
      join(s1, "cells", "cell_0000abcd.json.4242.1a2b3c4d.tmp"),
      join(root, ".current-abcdef.tmp"),
    ];
    mkdirSync(debris[0]!, { recursive: true });
    writeFileSync(join(debris[0]!, "session.json"), "{half");
    mkdirSync(debris[1]!);
    for (const f of debris.slice(2)) writeFileSync(f, "partial");
    for (const p of debris) old(p);
    // Kept: fresh temp work of a live writer, and files whose names we do not own.
    const fresh = join(s1, "session.json.5151.0.1.tmp");
    writeFileSync(fresh, "in progress");
    const userFile = join(s1, "notes.tmp.txt");
    writeFileSync(userFile, "mine");
    old(userFile);
    const kept = hashTree(join(root, "s2"));

    const r = store.sweep();

    expect(r.removed.sort()).toEqual([...debris].sort());
    for (const p of debris) expect(existsSync(p)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(userFile)).toBe(true);
    expect(hashTree(join(root, "s2"))).toEqual(kept);
    expect(store.load("s1").metadata.session_id).toBe("s1");
    expect(
      store
        .list()
        .sessions.map((s) => s.session_id)
        .sort(),
    ).toEqual(["s1", "s2"]);
    expect(store.sweep().removed).toEqual([]);
  });

  it("minAgeMs: 0 also takes fresh debris; a missing root is not an error", () => {
    const { store, root } = newStore();
    store.create("s1");
    writeFileSync(join(root, "s1", "session.json.1.0.1.tmp"), "x");
    // written this very millisecond: its mtime may be a fraction after Date.now()
    const future = new Date(Date.now() + 500);
    writeFileSync(join(root, "s1", "session.json.1.0.2.tmp"), "y");
    utimesSync(join(root, "s1", "session.json.1.0.2.tmp"), future, future);
    expect(store.sweep({ minAgeMs: 0 }).removed).toHaveLength(2);
    expect(readdirSync(join(root, "s1")).some((n) => n.endsWith(".tmp"))).toBe(false);
    expect(newStore().store.sweep().removed).toEqual([]);
  });

  it("never follows a symlink planted at a session's cells/ or reasoning/ (files outside the root stay)", () => {
    const { store, root, base } = newStore();
    store.create("s1");
    const outside = join(base, "user-work");
    mkdirSync(outside);
    for (const sub of ["cells", "reasoning"]) {
      const draft = join(outside, `${sub}-draft.tmp`);
      writeFileSync(draft, "the user's own file");
      old(draft);
      renameSync(join(root, "s1", sub), join(root, "s1", `${sub}.orig`));
      symlinkSync(outside, join(root, "s1", sub));
    }
    // a symlinked root is the user's choice: its own debris is still swept
    const linkedRoot = join(base, "linked-root");
    symlinkSync(root, linkedRoot);
    writeFileSync(join(root, ".current-abc123.tmp"), "x");
    old(join(root, ".current-abc123.tmp"));

    const viaLink = createSessionStore({ root: linkedRoot });
    expect(viaLink.sweep().removed).toEqual([join(linkedRoot, ".current-abc123.tmp")]);
    expect(store.sweep().removed).toEqual([]);
    expect(readdirSync(outside).sort()).toEqual(["cells-draft.tmp", "reasoning-draft.tmp"]);
  });
});
