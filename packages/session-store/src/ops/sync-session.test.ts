import fs, { symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectCode, newStore } from "../../test/helpers.js";

// Count real fsync / fdatasync calls (the spies call through to node:fs).
const calls = { fsync: 0, fdatasync: 0 };
const original = { fsyncSync: fs.fsyncSync, fdatasyncSync: fs.fdatasyncSync };
beforeEach(() => {
  calls.fsync = 0;
  calls.fdatasync = 0;
  fs.fsyncSync = (fd) => {
    calls.fsync++;
    original.fsyncSync(fd);
  };
  fs.fdatasyncSync = (fd) => {
    calls.fdatasync++;
    original.fdatasyncSync(fd);
  };
  syncBuiltinESMExports();
});
afterEach(() => {
  fs.fsyncSync = original.fsyncSync;
  fs.fdatasyncSync = original.fdatasyncSync;
  syncBuiltinESMExports();
});

const total = () => calls.fsync + calls.fdatasync;

describe("fsync option", () => {
  it("default: create, update and every log append are fsync'd before they return", () => {
    const { store } = newStore();
    store.create("s");
    expect(total()).toBeGreaterThanOrEqual(2);
    for (const op of [
      () =>
        store.update("s", (d) => {
          d.context.working_memory.a = 1;
        }),
      () => store.appendTrace("s", { kind: "t" }),
      () => store.appendTrace("s", { kind: "t2" }),
      () => store.appendFileAccess("s", { tool: "Read", file: "/x" }),
    ]) {
      const before = total();
      op();
      expect(total()).toBeGreaterThan(before);
    }
  });

  it("fsync: false: no fsync at all on create, update, save, appends; the data is the same", () => {
    const { store } = newStore({ fsync: false });
    const created = store.create("s", { transcriptPath: "/nowhere.jsonl" });
    store.update("s", (d) => {
      d.context.working_memory.a = 1;
    });
    store.save({ ...created, budget: { ...created.budget, total_tokens_used: 7 } }, { force: true });
    store.appendTrace("s", { kind: "t" });
    store.appendFileAccess("s", { tool: "Read", file: "/x" });
    store.recordToolOutput("s", { toolName: "Bash", content: "ok", exitCode: 0 });
    expect(total()).toBe(0);
    expect(store.load("s").budget.total_tokens_used).toBe(7);
    expect(store.readLog("s", "traces").lines).toHaveLength(1);
    store.sync("s");
    expect(calls.fsync).toBeGreaterThanOrEqual(5); // session.json, 2 logs, reasoning/, session dir, root
  });

  it("sync: missing logs are fine; a symlinked log or a missing session is a coded error", () => {
    const { store, root, base } = newStore({ fsync: false });
    store.create("s");
    store.sync("s");
    expectCode(() => store.sync("ghost"), "ERR_RLM_SESSION_NOT_FOUND");
    expectCode(() => store.sync("../x"), "ERR_RLM_INVALID_ID");
    writeFileSync(join(base, "target"), "");
    symlinkSync(join(base, "target"), join(root, "s/reasoning/traces.jsonl"));
    const err = expectCode<{ path: string }>(() => store.sync("s"), "ERR_RLM_CORRUPT_FILE");
    expect(err.path).toBe(join(root, "s/reasoning/traces.jsonl"));
    unlinkSync(join(root, "s/reasoning/traces.jsonl"));
    unlinkSync(join(root, "s/session.json"));
    expect(expectCode(() => store.sync("s"), "ERR_RLM_CORRUPT_FILE").message).toContain("session.json");
  });
});
