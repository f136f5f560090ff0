import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entriesOf, expectCode, HOSTILE_IDS, newStore } from "../../test/helpers.js";

describe("delete", () => {
  it("removes the directory and clears `current` when it pointed there", () => {
    const { store, root } = newStore();
    store.create("a");
    store.create("b");
    store.setCurrent("a");
    store.delete("b");
    expect(store.getCurrent()).toBe("a");
    store.delete("a");
    expect(store.getCurrent()).toBeNull();
    expect(entriesOf(root)).toEqual([]);
  });

  it("refuses unknown sessions, hostile ids and symlinked session directories", () => {
    const { store, root, base } = newStore();
    store.create("a");
    expectCode(() => store.delete("ghost"), "ERR_RLM_SESSION_NOT_FOUND");
    for (const id of HOSTILE_IDS) expectCode(() => store.delete(id), "ERR_RLM_INVALID_ID");
    mkdirSync(join(base, "precious"));
    writeFileSync(join(base, "precious/file"), "keep me");
    symlinkSync(join(base, "precious"), join(root, "evil"));
    expectCode(() => store.delete("evil"), "ERR_RLM_OUTSIDE_ROOT");
    expect(readdirSync(join(base, "precious"))).toEqual(["file"]);
    expect(entriesOf(root)).toEqual(["a", "evil"]);
  });
});
