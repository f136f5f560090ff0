import { cpSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entriesOf, expectCode, HOSTILE_IDS, newStore } from "../../test/helpers.js";

describe("load", () => {
  it("reads what create wrote", () => {
    const { store } = newStore();
    const s = store.create("s1");
    expect(store.load("s1")).toEqual(s);
  });

  it("not found / invalid id", () => {
    const { store, root } = newStore();
    expectCode(() => store.load("nope"), "ERR_RLM_SESSION_NOT_FOUND");
    for (const id of HOSTILE_IDS) expectCode(() => store.load(id), "ERR_RLM_INVALID_ID");
    expect(entriesOf(root)).toEqual([]);
  });

  it("reports corrupt JSON with path and reason and leaves the file alone", () => {
    const { store, root } = newStore();
    store.create("s1");
    const file = join(root, "s1/session.json");
    writeFileSync(file, '{"schema_version":1,"metadata":');
    const err = expectCode<{ path: string; reason: string }>(() => store.load("s1"), "ERR_RLM_CORRUPT_FILE");
    expect(err.path).toBe(file);
    expect(err.reason).toMatch(/invalid JSON/);
    writeFileSync(file, "");
    expect(expectCode<{ reason: string }>(() => store.load("s1"), "ERR_RLM_CORRUPT_FILE").reason).toBe(
      "empty file",
    );
    expect(readFileSync(file, "utf8")).toBe("");
  });

  it("names the failing field of a schema error", () => {
    const { store, root } = newStore();
    store.create("s1");
    const file = join(root, "s1/session.json");
    const doc = JSON.parse(readFileSync(file, "utf8"));
    doc.activation.current_depth = -1;
    writeFileSync(file, JSON.stringify(doc));
    expect(expectCode(() => store.load("s1"), "ERR_RLM_VALIDATION").message).toContain(
      "activation.current_depth",
    );
  });

  it("refuses a newer schema_version", () => {
    const { store, root } = newStore();
    store.create("s1");
    const file = join(root, "s1/session.json");
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), schema_version: 2 }));
    expectCode(() => store.load("s1"), "ERR_RLM_SCHEMA_VERSION");
  });

  it("upgrades a document without schema_version (the Python plan's files)", () => {
    const { store, root } = newStore();
    store.create("s1");
    writeFileSync(
      join(root, "s1/session.json"),
      JSON.stringify({ metadata: { session_id: "s1", created_at: "2024-01-01T00:00:00Z" } }),
    );
    const s = store.load("s1");
    expect(s.schema_version).toBe(1);
    expect(s.metadata.created_at).toBe(1704067200);
  });

  it("never follows a symlinked session.json or session directory", () => {
    const { store, root, base } = newStore();
    store.create("s1");
    const file = join(root, "s1/session.json");
    writeFileSync(join(base, "outside.json"), readFileSync(file));
    unlinkSync(file);
    symlinkSync(join(base, "outside.json"), file);
    expectCode(() => store.load("s1"), "ERR_RLM_CORRUPT_FILE");
    symlinkSync(base, join(root, "evil"));
    expectCode(() => store.load("evil"), "ERR_RLM_OUTSIDE_ROOT");
  });
});

describe("a copied session directory (session.json names another session)", () => {
  it("load, ensure and update refuse it naming the file; save can never reach the original through it", () => {
    const { store, root } = newStore();
    store.create("a");
    store.update("a", (d) => {
      d.context.working_memory.original = true;
    });
    cpSync(join(root, "a"), join(root, "a-copy"), { recursive: true });
    const original = readFileSync(join(root, "a/session.json"));
    const copy = join(root, "a-copy/session.json");
    for (const call of [
      () => store.load("a-copy"),
      () => store.ensure("a-copy"),
      () => store.update("a-copy", () => {}),
    ]) {
      const err = expectCode<{ file: string; issues: { path: string }[] }>(call, "ERR_RLM_VALIDATION");
      expect(err.file).toBe(copy);
      expect(err.message).toContain(copy);
      expect(err.issues[0]?.path).toBe("metadata.session_id");
    }
    expect(readFileSync(join(root, "a/session.json"))).toEqual(original);
    expect(store.list().problems.map((p) => p.sessionId)).toEqual(["a-copy"]);
    expect(store.load("a").context.working_memory.original).toBe(true); // the original still loads
  });
});

describe("save", () => {
  it("validates, stamps updated_at and round-trips", () => {
    const { store } = newStore();
    const s = store.create("s1");
    s.context.working_memory.note = "hi";
    const saved = store.save(s);
    expect(saved.metadata.updated_at).toBeGreaterThan(s.metadata.updated_at);
    expect(store.load("s1")).toEqual(saved);
    expect(s.metadata.updated_at).toBeLessThan(saved.metadata.updated_at); // input not mutated
  });

  it("refuses invalid state, naming the field, and writes nothing", () => {
    const { store, root } = newStore();
    const s = store.create("s1");
    const before = readFileSync(join(root, "s1/session.json"));
    const bad = { ...s, budget: { ...s.budget, total_tokens_used: -5 } };
    expect(expectCode(() => store.save(bad), "ERR_RLM_VALIDATION").message).toContain(
      "budget.total_tokens_used",
    );
    expect(readFileSync(join(root, "s1/session.json"))).toEqual(before);
  });

  it("refuses a missing session and hostile ids", () => {
    const { store, root } = newStore();
    const s = store.create("s1");
    expectCode(
      () => store.save({ ...s, metadata: { ...s.metadata, session_id: "ghost" } }),
      "ERR_RLM_SESSION_NOT_FOUND",
    );
    for (const id of HOSTILE_IDS) {
      expectCode(
        () => store.save({ ...s, metadata: { ...s.metadata, session_id: id } }),
        "ERR_RLM_INVALID_ID",
      );
    }
    expect(entriesOf(root)).toEqual(["s1"]);
  });

  it("refuses to replace a corrupt, invalid or newer session.json unless forced", () => {
    const { store, root } = newStore();
    const s = store.create("s1");
    const file = join(root, "s1/session.json");
    for (const content of ["garbage", '{"schema_version":1}', JSON.stringify({ ...s, schema_version: 9 })]) {
      writeFileSync(file, content);
      expect(() => store.save(s)).toThrow();
      expect(readFileSync(file, "utf8")).toBe(content);
    }
    const forced = store.save(s, { force: true });
    expect(store.load("s1")).toEqual(forced);
  });

  it("notices a file replaced by another process since this store last saw it", () => {
    const { store, root } = newStore();
    const s = store.save(store.create("s1"));
    writeFileSync(join(root, "s1/session.json"), "not json");
    expectCode(() => store.save(s), "ERR_RLM_CORRUPT_FILE");
  });
});

describe("update", () => {
  it("applies in-place changes and returned states", () => {
    const { store } = newStore();
    store.create("s1");
    store.update("s1", (d) => {
      d.context.working_memory.a = 1;
    });
    const s = store.update("s1", (d) => ({ ...d, budget: { ...d.budget, total_tokens_used: 3 } }));
    expect(s.context.working_memory).toEqual({ a: 1 });
    expect(s.budget.total_tokens_used).toBe(3);
    expect(store.load("s1")).toEqual(s);
  });

  it("writes nothing when the mutator throws or produces an invalid state", () => {
    const { store, root } = newStore();
    store.create("s1");
    const before = readFileSync(join(root, "s1/session.json"));
    expect(() =>
      store.update("s1", () => {
        throw new Error("abort");
      }),
    ).toThrow("abort");
    expectCode(
      () =>
        store.update("s1", (d) => {
          d.activation.max_depth = 0;
        }),
      "ERR_RLM_VALIDATION",
    );
    expect(
      expectCode(
        () =>
          store.update("s1", (d) => {
            d.metadata.session_id = "s2";
          }),
        "ERR_RLM_VALIDATION",
      ).message,
    ).toContain("metadata.session_id");
    expect(readFileSync(join(root, "s1/session.json"))).toEqual(before);
    expect(entriesOf(join(root, "s1"))).toEqual(["cells", "reasoning", "session.json"]);
  });

  it("fails at once (no deadlock) when the mutator calls the store for the same session", () => {
    const { store } = newStore();
    store.create("s1");
    const t = Date.now();
    expectCode(() => store.update("s1", () => void store.setDepth("s1", 1)), "ERR_RLM_USAGE");
    expect(Date.now() - t).toBeLessThan(1000);
    expect(store.setDepth("s1", 1).activation.current_depth).toBe(1); // lock released
  });

  it("refuses corrupt files and missing sessions", () => {
    const { store, root } = newStore();
    store.create("s1");
    expectCode(() => store.update("ghost", () => {}), "ERR_RLM_SESSION_NOT_FOUND");
    writeFileSync(join(root, "s1/session.json"), "[]");
    expectCode(() => store.update("s1", () => {}), "ERR_RLM_VALIDATION");
    expect(readFileSync(join(root, "s1/session.json"), "utf8")).toBe("[]");
  });
});

describe("exists", () => {
  it("answers for sessions and refuses hostile ids", () => {
    const { store } = newStore();
    store.create("s1");
    expect(store.exists("s1")).toBe(true);
    expect(store.exists("s2")).toBe(false);
    for (const id of HOSTILE_IDS) expectCode(() => store.exists(id), "ERR_RLM_INVALID_ID");
  });
});
