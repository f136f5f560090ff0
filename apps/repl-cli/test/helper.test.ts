import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { openCells } from "@rlm/cells";
import { buildSession } from "@rlm/repl-bridge/test";
import { ask, forwardedEnv } from "@rlm/resident-helper/client";
import { createSessionStore } from "@rlm/session-store";
import { describe, expect, it } from "vitest";
import { type ReplRun, repl, type Sandbox, sandbox } from "./helpers.js";

// The read-only operations are answered by a resident helper per sessions root (the
// first one starts it). Its answers must be exactly what a fresh process prints, whatever
// other processes changed in between: each answer here is compared with the same command
// run with RLM_REPL_HELPER=0 (in-process, nothing kept).

const CORE = join(import.meta.dirname, "..", "dist", "plugin", "rlm-repl-core.cjs");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function helperPid(sb: Sandbox): number | null {
  try {
    return (JSON.parse(readFileSync(join(sb.root, ".rlm-repld", "helper.json"), "utf8")) as { pid: number })
      .pid;
  } catch {
    return null;
  }
}

/** Run through the client with tracing: which way it went, and what it printed. */
async function traced(sb: Sandbox, op: string, args?: unknown, extra: string[] = []) {
  const r = await repl(sb, op, args, extra, { RLM_REPL_TRACE: "1" });
  const way = r.stderr.split("\n").find((l) => l.startsWith("rlm-repl: ")) ?? "";
  return { ...r, way: way.slice("rlm-repl: ".length) };
}

/** The same command in-process, nothing kept between runs: the reference answer. */
const fresh = (sb: Sandbox, op: string, args?: unknown, extra: string[] = []) =>
  repl(sb, op, args, extra, { RLM_REPL_HELPER: "0" });

const same = (a: ReplRun, b: ReplRun) => expect([a.code, a.stdout]).toEqual([b.code, b.stdout]);

/** A started helper that answers (the first read-only op starts it). */
async function warm(sb: Sandbox): Promise<number> {
  await traced(sb, "sessions");
  await until("the helper", () => helperPid(sb) !== null);
  const pid = helperPid(sb) as number;
  expect((await traced(sb, "sessions")).way).toBe("answered by the helper");
  return pid;
}

describe("rlm-repl's resident helper", () => {
  it("answers every read-only operation exactly as a fresh process does, errors included", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const first = await traced(sb, "cells");
    expect(first.way).toBe("absent"); // no helper yet: answered here, and one is started
    same(first, await fresh(sb, "cells"));
    await until("the helper", () => helperPid(sb) !== null);
    const calls: Array<[string, unknown?, string[]?]> = [
      ["session"],
      ["sessions", { live: true }],
      ["cells", { type: "tool" }],
      ["cells", { offset: 1, limit: 2 }, ["--pretty"]],
      ["cell", { cell_id: s.cells.read }],
      ["dependency_chain", { cell_id: s.cells.summary }],
      ["dependents", { cell_id: s.cells.read }],
      ["memory_query", { query: "anything" }],
      ["cell", { cell_id: "cell_00000000" }], // missing: exit 1
      ["cell", { cell_id: "../../etc" }], // hostile: exit 1
      ["cells", { limit: -1 }], // bad arguments: exit 2
      ["cells", undefined, ["--session", "no-such-session"]],
    ];
    for (const [op, args, extra] of calls) {
      const viaHelper = await traced(sb, op, args, extra);
      expect(viaHelper.way, `${op} ${JSON.stringify(args)}`).toBe("answered by the helper");
      same(viaHelper, await fresh(sb, op, args, extra));
    }
    expect((await traced(sb, "cells", { limit: -1 })).code).toBe(2);
    expect((await traced(sb, "cell", { cell_id: "cell_00000000" })).code).toBe(1);
  });

  it("never answers an operation that records or writes, even when asked directly", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    await warm(sb);
    for (const op of ["invalidate", "peek", "memory_add", "replay", "ops"]) {
      const r = await traced(sb, op, op === "invalidate" ? { cell_id: s.cells.read } : undefined);
      expect(r.way, op).toBe(""); // not even offered: run in the client's process
    }
    // a request written by hand, as a client of this build would, naming a writing op
    const before = openCells(createSessionStore({ root: sb.root }), s.sessionId).list().length;
    const outcome = ask({
      dir: join(sb.root, ".rlm-repld"),
      root: sb.root,
      corePath: CORE,
      env: forwardedEnv(sb.env, ["HOME"]),
      body: Buffer.alloc(0),
      extra: { argv: ["--op", "peek", "--args", '{"what":"working_memory"}'], stderrIsTTY: false },
      maxQueue: 3,
      backoffMs: 10_000,
      unclaimedMs: 2_000,
      claimedMs: 5_000,
    });
    expect(outcome).toEqual({ kind: "declined", why: "not served" });
    expect(openCells(createSessionStore({ root: sb.root }), s.sessionId).list().length).toBe(before);
  });

  it("sees every change other processes make between its answers", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    await warm(sb);
    const check = async (op: string, args?: unknown) => {
      const viaHelper = await traced(sb, op, args);
      expect(viaHelper.way).toBe("answered by the helper");
      same(viaHelper, await fresh(sb, op, args));
      return viaHelper.json;
    };
    expect((await check("cells")).total).toBe(5);

    // another process invalidates (a recorded op: it runs in its own process)
    const inv = await repl(sb, "invalidate", { cell_id: s.cells.read });
    expect(inv.code).toBe(0);
    const afterInvalidate = await check("cells", { status: "stale" });
    expect(afterInvalidate.cells.map((c: { cell_id: string }) => c.cell_id)).toEqual(
      expect.arrayContaining([s.cells.read, s.cells.analysis, s.cells.summary]),
    );
    await check("session");
    await check("dependents", { cell_id: s.cells.read });

    // cells created and completed by another writer, then a compaction of the index
    const cells = openCells(createSessionStore({ root: sb.root }), s.sessionId, { fsync: false });
    const made = cells.create({ type: "tool", dependencies: [s.cells.summary as string] });
    expect((await check("cell", { cell_id: made.cell_id })).status).toBe("pending");
    cells.complete(made.cell_id, { result: "ok" });
    await check("dependency_chain", { cell_id: made.cell_id });
    cells.flush();
    expect((await check("cells")).total).toBe(7); // + the invalidate's own repl cell

    // memory: nodes added by another process; then another database file at the path
    await repl(sb, "memory_add", { content: "the helper keeps the database open" });
    expect((await check("memory_query", { query: "database" })).count).toBe(1);
    renameSync(sb.memoryDb, `${sb.memoryDb}.old`);
    rmSync(`${sb.memoryDb}-wal`, { force: true });
    rmSync(`${sb.memoryDb}-shm`, { force: true });
    await repl(sb, "memory_add", { content: "a newer database" });
    expect((await check("memory_query", { query: "database" })).results).toEqual([
      expect.objectContaining({ content: "a newer database" }),
    ]);

    // the session directory removed and made again under the same id
    rmSync(join(sb.root, s.sessionId), { recursive: true });
    const again = buildSession(sb.root, { sessionId: s.sessionId });
    expect((await check("cells")).cells.map((c: { cell_id: string }) => c.cell_id)).toEqual(
      Object.values(again.cells),
    );
    // and removed for good
    rmSync(join(sb.root, s.sessionId), { recursive: true });
    expect((await check("cells")).error.code).toBe("ERR_RLM_SESSION_NOT_FOUND");
  });

  it("an idle helper writes nothing: a damaged index or a cells/ symlinked elsewhere is left as it is", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    await warm(sb);
    expect((await traced(sb, "cells")).way).toBe("answered by the helper"); // the index is kept
    const cells = join(sb.root, s.sessionId, "cells");
    // cells/ moved away and replaced by a symlink to a directory outside the root
    const outside = join(sb.dir, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "index.json"), '{"x":1}');
    writeFileSync(join(outside, "index.journal.jsonl"), "junk\n");
    renameSync(cells, join(sb.dir, "cells-away"));
    symlinkSync(outside, cells);
    await sleep(2_500); // two idle catch-ups
    expect(readdirSync(outside).sort()).toEqual(["index.journal.jsonl", "index.json"]);
    const refused = await traced(sb, "cells");
    same(refused, await fresh(sb, "cells"));
    expect(refused.json.error.code).toBe("ERR_RLM_OUTSIDE_ROOT");
    expect(readdirSync(outside).sort()).toEqual(["index.journal.jsonl", "index.json"]);

    // back in place, then damaged: the helper leaves it for the next query to rebuild
    rmSync(cells);
    renameSync(join(sb.dir, "cells-away"), cells);
    expect((await traced(sb, "cells")).json.total).toBe(5);
    writeFileSync(join(cells, "index.json"), "garbage");
    rmSync(join(cells, "index.journal.jsonl"), { force: true });
    const before = readdirSync(cells).sort();
    await sleep(2_500);
    expect(readdirSync(cells).sort()).toEqual(before);
  });

  it("the default root is the client's (its HOME), never the helper's own HOME", async () => {
    const sb = sandbox();
    const h1 = join(sb.dir, "h1");
    const h2 = join(sb.dir, "h2");
    const root2 = join(h2, ".claude", "rlm-sessions");
    buildSession(join(h1, ".claude", "rlm-sessions"), { sessionId: "11111111-0000-4000-8000-000000000001" });
    buildSession(root2, { sessionId: "22222222-0000-4000-8000-000000000002" });
    // a helper for root2 started by a client whose HOME is h1
    const starter = { HOME: h1, RLM_SESSIONS_DIR: root2 };
    await repl(sb, "sessions", undefined, [], starter);
    await until("the helper", () => {
      try {
        readFileSync(join(root2, ".rlm-repld", "helper.json"));
        return true;
      } catch {
        return false;
      }
    });
    // a client with HOME h2 and no RLM_SESSIONS_DIR: the same root, through its HOME
    const env = { HOME: h2, RLM_SESSIONS_DIR: "", RLM_REPL_TRACE: "1" };
    const viaHelper = await repl(sb, "sessions", undefined, [], env);
    expect(viaHelper.stderr).toContain("answered by the helper");
    const ref = await repl(sb, "sessions", undefined, [], { ...env, RLM_REPL_HELPER: "0" });
    expect(viaHelper.stdout).toBe(ref.stdout);
    expect(viaHelper.json.sessions.map((x: { session_id: string }) => x.session_id)).toEqual([
      "22222222-0000-4000-8000-000000000002",
    ]);
  });

  it("the memory database: a copy over it is read as it is; the helper holds no connection between requests", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    await warm(sb);
    await repl(sb, "memory_add", { content: "the main database note" });
    const q = (await traced(sb, "memory_query", { query: "note" })) as ReplRun & { way: string };
    expect(q.way).toBe("answered by the helper");
    expect(q.json.results.map((r: { content: string }) => r.content)).toEqual(["the main database note"]);
    // no connection left open: the WAL was checkpointed into the file and removed
    expect(existsSync(`${sb.memoryDb}-wal`)).toBe(false);
    // another database copied over it (same inode)
    const other = {
      ...sb,
      memoryDb: join(sb.dir, "other.db"),
      env: { ...sb.env, RLM_MEMORY_DB: join(sb.dir, "other.db") },
    };
    await repl(other, "memory_add", { content: "the other database note" }, [], { RLM_REPL_HELPER: "0" });
    copyFileSync(other.memoryDb, sb.memoryDb);
    const after = await traced(sb, "memory_query", { query: "note" });
    expect(after.way).toBe("answered by the helper");
    same(after, await fresh(sb, "memory_query", { query: "note" }));
    expect(after.json.results.map((r: { content: string }) => r.content)).toEqual([
      "the other database note",
    ]);
  });

  it("a client with another HOME on the same root gets answers from its own files", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    await warm(sb);
    const otherHome = join(sb.dir, "other-home");
    const env = { RLM_MEMORY_DB: "", RLM_CONFIG: "", HOME: otherHome, RLM_REPL_TRACE: "1" };
    const viaHelper = await repl(sb, "memory_query", { query: "x" }, [], env);
    expect(viaHelper.stderr).toContain("answered by the helper");
    expect(viaHelper.json.db).toBe(join(otherHome, ".claude", "rlm-memory.db"));
    const ref = await repl(sb, "memory_query", { query: "x" }, [], { ...env, RLM_REPL_HELPER: "0" });
    expect(viaHelper.stdout).toBe(ref.stdout);
  });

  it("a helper killed with SIGKILL costs nothing: the next operation runs in-process and a new helper starts", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const pid = await warm(sb);
    process.kill(pid, "SIGKILL");
    await until("the helper to die", () => !alive(pid));
    const r = await traced(sb, "cells");
    expect(r.way).toBe("absent");
    same(r, await fresh(sb, "cells"));
    await until("a new helper", () => helperPid(sb) !== null && helperPid(sb) !== pid);
    expect((await traced(sb, "cells")).way).toBe("answered by the helper");
  });

  it("exits when its sessions root is removed, and never makes it again", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const pid = await warm(sb);
    rmSync(sb.root, { recursive: true });
    await until("the helper to exit", () => !alive(pid), 5_000);
    await sleep(200);
    expect(() => readFileSync(join(sb.root, ".rlm-repld", "helper.json"))).toThrow();
    // an operation on the missing root: an error document, no helper, no root made
    const r = await traced(sb, "cells");
    expect(r.json.error.code).toBe("ERR_RLM_SESSION_NOT_FOUND");
    expect(() => readFileSync(join(sb.root, ".rlm-repld", "helper.json"))).toThrow();
  });

  it("RLM_REPL_HELPER=0 runs everything in the client's process and starts nothing", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    for (let k = 0; k < 2; k++) {
      const r = await repl(sb, "cells", undefined, [], { RLM_REPL_HELPER: "0", RLM_REPL_TRACE: "1" });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
    await sleep(300);
    expect(helperPid(sb)).toBeNull();
  });
});
