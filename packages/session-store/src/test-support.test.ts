import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectCode } from "../test/helpers.js";
import { resolveCellPath } from "./ops/cell-path.js";
import { createTempStore, sessionFixture } from "./test-support.js";

describe("./test export", () => {
  it("createTempStore gives a working store and cleans up", () => {
    const { store, root, cleanup } = createTempStore();
    store.create("s");
    expect(store.exists("s")).toBe(true);
    expect(store.root).toBe(root);
    cleanup();
    expect(existsSync(root)).toBe(false);
  });

  it("sessionFixture is a valid, defaulted document", () => {
    const s = sessionFixture("fx", { tags: ["t"] });
    expect(s.metadata).toMatchObject({ session_id: "fx", tags: ["t"], created_at: 1_700_000_000 });
    const { store, cleanup } = createTempStore();
    store.create("fx");
    expect(store.save(s).metadata.tags).toEqual(["t"]);
    cleanup();
  });
});

describe("resolveCellPath", () => {
  it("joins valid cell ids and refuses anything else", () => {
    expect(resolveCellPath("/r/s", "cell_0123abcd")).toBe("/r/s/cells/cell_0123abcd.json");
    for (const bad of ["../x", "cell_0123ABCD", "cell_123", "cell_0123abcd/../../x"]) {
      expectCode(() => resolveCellPath("/r/s", bad), "ERR_RLM_INVALID_ID");
    }
  });
});
