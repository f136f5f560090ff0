import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CELL_ID_PATTERN, parseCell } from "@rlm/session-schema";
import { createSessionStore } from "@rlm/session-store";
import { describe, expect, it } from "vitest";
import { openCells } from "../src/index.js";
import { freshStore, thrown } from "./helpers.js";

describe("create", () => {
  it("writes one schema-valid file per cell with a cell_ + 8 hex id, mode 0600", () => {
    const { store, dir } = freshStore();
    const cell = store.create({
      type: "repl",
      input: { operation: "grep", args: { q: "x" } },
      code: "grep x",
    });
    expect(cell.cell_id).toMatch(CELL_ID_PATTERN);
    expect(cell.status).toBe("pending");
    const file = join(dir, "cells", `${cell.cell_id}.json`);
    expect(parseCell(JSON.parse(readFileSync(file, "utf8")))).toEqual(cell);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "cells")).mode & 0o777).toBe(0o700);
    expect(store.get(cell.cell_id)).toEqual(cell);
  });

  it("gives distinct ids and leaves no temp files behind", () => {
    const { store, dir } = freshStore({ fsync: false });
    const ids = store
      .createMany(Array.from({ length: 300 }, () => ({ type: "tool" as const })))
      .map((c) => c.cell_id);
    expect(new Set(ids).size).toBe(300);
    expect(readdirSync(join(dir, "cells")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(store.size).toBe(300);
  });

  it("accepts a caller-chosen id once and refuses it after (ERR_RLM_CELL_EXISTS)", () => {
    const { store } = freshStore();
    store.create({ type: "tool", cellId: "cell_0000abcd" });
    const err = thrown(() => store.create({ type: "tool", cellId: "cell_0000abcd" }));
    expect(err.code).toBe("ERR_RLM_CELL_EXISTS");
    expect(err.message).toContain("cell_0000abcd");
  });

  it("refuses ids that are not plain cell ids before touching the disk", () => {
    const { store } = freshStore();
    expect(thrown(() => store.create({ type: "tool", cellId: "../../etc/passwd" })).code).toBe(
      "ERR_RLM_INVALID_ID",
    );
    expect(thrown(() => store.create({ type: "tool", dependencies: ["cell_../x"] })).code).toBe(
      "ERR_RLM_INVALID_ID",
    );
    expect(thrown(() => store.get("cell_ZZZZZZZZ")).code).toBe("ERR_RLM_INVALID_ID");
  });

  it("creates an already-completed cell, with a cache key", () => {
    const { store } = freshStore();
    const done = store.create({ type: "tool", output: { result: { ok: 1 }, executionTimeMs: 12 } });
    expect(done.status).toBe("done");
    expect(done.output).toMatchObject({ result: { ok: 1 }, execution_time_ms: 12 });
    expect(done.completed_at).not.toBeNull();
    expect(done.extra?.cache_key).toMatch(/^sha256:[0-9a-f]{64}$/);
    const failed = store.create({ type: "tool", output: { error: "boom" } });
    expect(failed.status).toBe("error");
    expect(store.create({ type: "tool", status: "stale" }).status).toBe("stale");
  });

  it("refuses a self-dependency, naming the cell", () => {
    const { store } = freshStore();
    const err = thrown(() =>
      store.create({ type: "repl", cellId: "cell_000000aa", dependencies: ["cell_000000aa"] }),
    );
    expect(err.code).toBe("ERR_RLM_SELF_DEPENDENCY");
    expect(err.message).toBe("self-dependency: cell_000000aa → cell_000000aa");
  });

  it("refuses a missing dependency, naming both ends", () => {
    const { store } = freshStore();
    const err = thrown(() =>
      store.create({ type: "repl", cellId: "cell_000000aa", dependencies: ["cell_deadbeef"] }),
    );
    expect(err.code).toBe("ERR_RLM_MISSING_DEPENDENCY");
    expect(err.message).toBe("missing dependency: cell_000000aa → cell_deadbeef (no such cell)");
    expect(store.size).toBe(0);
  });

  it("dedupes repeated dependencies and lets a batch depend on its own earlier cells", () => {
    const { store } = freshStore();
    const [a, b] = store.createMany([
      { type: "tool", cellId: "cell_0000000a" },
      { type: "repl", cellId: "cell_0000000b", dependencies: ["cell_0000000a", "cell_0000000a"] },
    ]);
    expect(b?.dependencies).toEqual([a?.cell_id]);
    expect(store.dependents("cell_0000000a")).toEqual(["cell_0000000b"]);
  });

  it("createMany journals the cells it wrote even when a later spec is refused", () => {
    const { store, reopen } = freshStore();
    expect(() =>
      store.createMany([
        { type: "tool", cellId: "cell_00000001" },
        { type: "repl", cellId: "cell_00000002", dependencies: ["cell_00000001"] },
        { type: "repl", dependencies: ["cell_0000dead"] },
      ]),
    ).toThrow(expect.objectContaining({ code: "ERR_RLM_MISSING_DEPENDENCY" }));
    expect(
      reopen()
        .list()
        .map((s) => s.cellId),
    ).toEqual(["cell_00000001", "cell_00000002"]);
    expect(reopen().rebuild().unindexed).toEqual([]);
  });

  it("refuses a session id that is not a plain id", () => {
    const sessions = createSessionStore({ root: join(tmpdir(), "rlm-never-created") });
    expect(() => openCells(sessions, "../etc")).toThrow(
      expect.objectContaining({ code: "ERR_RLM_INVALID_ID" }),
    );
  });

  it("refuses a session directory that does not exist, creating nothing", () => {
    const missing = join(tmpdir(), `rlm-no-such-session-${process.pid}`);
    expect(() => openCells(createSessionStore({ root: missing }), "s1")).toThrow(
      expect.objectContaining({ code: "ERR_RLM_SESSION_NOT_FOUND" }),
    );
    expect(existsSync(missing)).toBe(false);
  });

  it("stores the dependencies' outputs in the cache key of a completed cell", () => {
    const { store } = freshStore();
    const a = store.create({ type: "tool", output: { result: 1 } });
    const b1 = store.create({ type: "repl", dependencies: [a.cell_id], output: { result: 2 } });
    store.complete(a.cell_id, { result: 100 });
    const b2 = store.create({ type: "repl", dependencies: [a.cell_id], output: { result: 2 } });
    expect(b2.extra?.cache_key).not.toBe(b1.extra?.cache_key);
  });

  it("does not rewrite index.json when a cell is created", () => {
    const { store, dir } = freshStore();
    store.create({ type: "tool" });
    store.flush();
    const before = statSync(join(dir, "cells", "index.json"));
    for (let i = 0; i < 20; i++) store.create({ type: "tool" });
    const after = statSync(join(dir, "cells", "index.json"));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(store.size).toBe(21);
  });

  it("validates the cell body with the schema (bad type → ERR_RLM_VALIDATION)", () => {
    const { store } = freshStore();
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    expect(thrown(() => store.create({ type: "banana" as any })).code).toBe("ERR_RLM_VALIDATION");
  });
});

describe("complete / get / list", () => {
  it("completes with a result, or an error, and records time and cache key", () => {
    const { store } = freshStore();
    const a = store.create({ type: "repl" });
    const done = store.complete(a.cell_id, { result: [1, 2], executionTimeMs: 3.5 });
    expect(done).toMatchObject({
      status: "done",
      output: { result: [1, 2], error: null, execution_time_ms: 3.5 },
    });
    expect(done.extra?.cache_key).toMatch(/^sha256:/);
    expect(store.get(a.cell_id)).toEqual(done);
    const b = store.create({ type: "llm_call" });
    const failed = store.complete(b.cell_id, { error: "rate limited", cachedResponse: null });
    expect(failed.status).toBe("error");
    expect(store.list({ status: "error" }).map((s) => s.cellId)).toEqual([b.cell_id]);
  });

  it("refuses to complete or get an unknown cell (ERR_RLM_CELL_NOT_FOUND)", () => {
    const { store } = freshStore();
    expect(thrown(() => store.complete("cell_00000001", { result: 1 })).code).toBe("ERR_RLM_CELL_NOT_FOUND");
    expect(thrown(() => store.get("cell_00000001")).code).toBe("ERR_RLM_CELL_NOT_FOUND");
  });

  it("lists by type and status in creation order", () => {
    const { store } = freshStore();
    const t1 = store.create({ type: "tool" });
    const r1 = store.create({ type: "repl" });
    const t2 = store.create({ type: "tool", output: { result: 1 } });
    expect(store.list().map((s) => s.cellId)).toEqual([t1.cell_id, r1.cell_id, t2.cell_id]);
    expect(store.list({ type: "tool" }).map((s) => s.cellId)).toEqual([t1.cell_id, t2.cell_id]);
    expect(store.list({ type: "tool", status: "done" }).map((s) => s.cellId)).toEqual([t2.cell_id]);
    expect(store.list({ type: "verification" })).toEqual([]);
  });

  it("sees cells written by another store instance (another process) on the next call", () => {
    const { store, reopen } = freshStore();
    expect(store.size).toBe(0);
    const other = reopen();
    const c = other.create({ type: "tool" });
    other.complete(c.cell_id, { result: "x" });
    expect(store.has(c.cell_id)).toBe(true);
    expect(store.get(c.cell_id).status).toBe("done");
  });
});

describe("addDependency", () => {
  it("adds an edge that keeps the graph acyclic and writes it into the cell file", () => {
    const { store, reopen } = freshStore();
    const a = store.create({ type: "tool" });
    const b = store.create({ type: "repl" });
    const updated = store.addDependency(b.cell_id, a.cell_id);
    expect(updated.dependencies).toEqual([a.cell_id]);
    expect(store.dependents(a.cell_id)).toEqual([b.cell_id]);
    expect(reopen().get(b.cell_id).dependencies).toEqual([a.cell_id]);
    expect(store.addDependency(b.cell_id, a.cell_id).dependencies).toEqual([a.cell_id]);
  });

  it("refuses a cycle and names every cell on it", () => {
    const { store } = freshStore();
    const [a, b, c] = store.createMany([
      { type: "tool", cellId: "cell_0000000a" },
      { type: "repl", cellId: "cell_0000000b", dependencies: ["cell_0000000a"] },
      { type: "repl", cellId: "cell_0000000c", dependencies: ["cell_0000000b"] },
    ]);
    const err = thrown(() => store.addDependency(a?.cell_id as string, c?.cell_id as string));
    expect(err.code).toBe("ERR_RLM_CYCLE");
    expect(err.message).toBe("cycle: cell_0000000a → cell_0000000c → cell_0000000b → cell_0000000a");
    expect(err.path).toEqual(["cell_0000000a", "cell_0000000c", "cell_0000000b", "cell_0000000a"]);
    const two = thrown(() => store.addDependency("cell_0000000a", "cell_0000000b"));
    expect(two.message).toBe("cycle: cell_0000000a → cell_0000000b → cell_0000000a");
    expect(store.get(a?.cell_id as string).dependencies).toEqual([]);
    expect(b?.dependencies).toEqual(["cell_0000000a"]);
  });

  it("refuses self, missing and unknown cells", () => {
    const { store } = freshStore();
    const a = store.create({ type: "tool" });
    expect(thrown(() => store.addDependency(a.cell_id, a.cell_id)).code).toBe("ERR_RLM_SELF_DEPENDENCY");
    const missing = thrown(() => store.addDependency(a.cell_id, "cell_99999999"));
    expect(missing.code).toBe("ERR_RLM_MISSING_DEPENDENCY");
    expect(missing.message).toContain(`${a.cell_id} → cell_99999999`);
    expect(thrown(() => store.addDependency("cell_99999999", a.cell_id)).code).toBe("ERR_RLM_CELL_NOT_FOUND");
  });
});
