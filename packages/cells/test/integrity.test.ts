import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSessionStore } from "@rlm/session-store";
import { hashTree, runNode, spawnNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { openCells, snapshotFiles } from "../src/index.js";
import { codeOf, thrown } from "./helpers.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function sessions() {
  const tmp = tempDir("rlm-cells-");
  const root = tmp.join("root");
  const store = createSessionStore({ root });
  return { tmp, root, store };
}

describe("the cells of a session come from the store, never from a path that disagrees with it", () => {
  it("a symlinked session directory is refused: nothing is written outside the root", () => {
    const { tmp, root, store } = sessions();
    store.create("real");
    const outside = tmp.join("outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "session.json"), JSON.stringify({ metadata: { session_id: "evil" } }));
    mkdirSync(root, { recursive: true });
    symlinkSync(outside, join(root, "evil"));
    expect(codeOf(() => openCells(store, "evil"))).toBe("ERR_RLM_OUTSIDE_ROOT");
    expect(readdirSync(outside)).toEqual(["session.json"]);
  });

  it("a symlinked cells/ is refused, and so are a symlinked journal, index or cell file", () => {
    const { tmp, root, store } = sessions();
    store.create("s");
    const outside = tmp.join("elsewhere");
    mkdirSync(outside);
    rmSync(join(root, "s", "cells"), { recursive: true });
    symlinkSync(outside, join(root, "s", "cells"));
    expect(codeOf(() => openCells(store, "s"))).toBe("ERR_RLM_OUTSIDE_ROOT");

    store.create("t");
    const cells = openCells(store, "t");
    const cell = cells.create({ type: "tool" });
    const journal = join(root, "t", "cells", "index.journal.jsonl");
    const target = tmp.join("victim.txt");
    writeFileSync(target, "untouched\n");
    unlinkSync(journal);
    symlinkSync(target, journal);
    const err = thrown(() => openCells(store, "t").complete(cell.cell_id, { result: 1 }));
    expect(err.code).toBe("ERR_RLM_CORRUPT_FILE");
    expect(err.message).toContain("index.journal.jsonl");
    expect(readFileSync(target, "utf8")).toBe("untouched\n");

    const cellFile = join(root, "t", "cells", `${cell.cell_id}.json`);
    const secret = tmp.join("secret.json");
    cpSync(cellFile, secret);
    unlinkSync(cellFile);
    symlinkSync(secret, cellFile);
    expect(codeOf(() => openCells(store, "t", { autoRebuild: false }).get(cell.cell_id))).toBe(
      "ERR_RLM_CORRUPT_FILE",
    );
  });

  it("a copied session directory is refused, byte for byte untouched (never rebuilt as the copy)", () => {
    const { root, store } = sessions();
    store.create("a");
    const a = openCells(store, "a");
    const x = a.create({ type: "tool", output: { result: 1 } });
    const y = a.create({ type: "repl", dependencies: [x.cell_id], output: { result: 2 } });
    a.invalidate({ cellIds: [y.cell_id] });
    cpSync(join(root, "a"), join(root, "a-copy"), { recursive: true });
    const before = hashTree(join(root, "a-copy"));
    const err = thrown(() => openCells(store, "a-copy").list());
    expect(err).toMatchObject({ code: "ERR_RLM_CORRUPT_FILE", name: "SessionMismatchError" });
    expect(err.message).toMatch(/belongs to session a, not a-copy/);
    expect(hashTree(join(root, "a-copy"))).toEqual(before);
    expect(openCells(store, "a").get(y.cell_id).status).toBe("stale");
  });

  it("an index of another session is an error, never a rebuild that loses its stale marks", () => {
    const { root, store } = sessions();
    store.create("a");
    store.create("b");
    const a = openCells(store, "a");
    const x = a.create({ type: "tool", output: { result: 1 } });
    a.invalidate({ cellIds: [x.cell_id] });
    a.flush();
    cpSync(join(root, "a", "cells", "index.json"), join(root, "b", "cells", "index.json"));
    const before = hashTree(join(root, "b"));
    expect(thrown(() => openCells(store, "b").list())).toMatchObject({ name: "SessionMismatchError" });
    expect(hashTree(join(root, "b"))).toEqual(before);
    expect(openCells(store, "a").list()[0]).toMatchObject({ cellId: x.cell_id, status: "stale" });
  });
});

describe("the index can always be rebuilt, stale marks included", () => {
  function staleSession(flush: boolean) {
    const { root, store } = sessions();
    store.create("s");
    const cells = openCells(store, "s");
    const a = cells.create({ type: "tool", output: { result: 1 } });
    const b = cells.create({ type: "repl", dependencies: [a.cell_id], output: { result: 2 } });
    const c = cells.create({ type: "repl", output: { result: 3 } });
    cells.invalidate({ cellIds: [a.cell_id] });
    if (flush) cells.flush();
    return { root, store, ids: { a: a.cell_id, b: b.cell_id, c: c.cell_id } };
  }
  const statuses = (list: Array<{ cellId: string; status: string }>) =>
    Object.fromEntries(list.map((s) => [s.cellId, s.status]));

  it("index.json and the journal both gone: the cells are listed (rebuilt), marks kept", () => {
    const { root, store, ids } = staleSession(false);
    rmSync(join(root, "s", "cells", "index.json"));
    rmSync(join(root, "s", "cells", "index.journal.jsonl"));
    expect(statuses(openCells(store, "s").list())).toEqual({
      [ids.a]: "stale",
      [ids.b]: "stale",
      [ids.c]: "done",
    });
  });

  it("only index.json gone after a flush: rebuilt with its stale marks", () => {
    const { root, store, ids } = staleSession(true);
    rmSync(join(root, "s", "cells", "index.json"));
    const cells = openCells(store, "s");
    expect(statuses(cells.list())).toEqual({ [ids.a]: "stale", [ids.b]: "stale", [ids.c]: "done" });
    expect(cells.get(ids.b).status_reason).toBe(`dependency stale: ${ids.a}`);
  });

  it("a cell completed after its mark is not stale after a rebuild", () => {
    const { root, store, ids } = staleSession(true);
    openCells(store, "s").complete(ids.a, { result: 10 });
    rmSync(join(root, "s", "cells", "index.json"));
    rmSync(join(root, "s", "cells", "index.journal.jsonl"));
    expect(statuses(openCells(store, "s").list())).toEqual({
      [ids.a]: "done",
      [ids.b]: "stale",
      [ids.c]: "done",
    });
  });
});

/**
 * A session "s" with one cell `a` whose journal line is on disk; `loseTail()` cuts the
 * journal back to that point, as a power cut loses the lines written after it.
 */
function oneCellSynced() {
  const { root, store } = sessions();
  store.create("s");
  const cells = openCells(store, "s");
  const a = cells.create({ type: "tool", output: { result: 1 } }).cell_id;
  cells.flush();
  const journal = join(root, "s", "cells", "index.journal.jsonl");
  const synced = readFileSync(journal);
  return { root, store, cells, a, loseTail: () => writeFileSync(journal, synced) };
}

describe("journal lines lost with the machine (a power cut after the cell file's fsync)", () => {
  it("the journal's tail lost: the next load indexes the cell files it lacks, and they stay usable", () => {
    const { store, cells, a, loseTail } = oneCellSynced();
    const b = cells.create({ type: "tool" }).cell_id;
    const c = cells.create({ type: "repl", dependencies: [b], output: { result: 3 } }).cell_id;
    loseTail(); // the lines of b and c never reached the disk

    const after = openCells(store, "s");
    const listed = Object.fromEntries(after.list().map((x) => [x.cellId, x.status]));
    expect(listed).toEqual({ [a]: "done", [b]: "pending", [c]: "done" });
    expect(after.list({ status: "pending" }).map((x) => x.cellId)).toEqual([b]);
    expect(after.dependents(b)).toEqual([c]);
    after.complete(b, { result: 2 });
    expect(openCells(store, "s").list({ status: "pending" })).toEqual([]);
    expect(
      after
        .invalidate({ cellIds: [b] })
        .map((x) => x.cellId)
        .sort(),
    ).toEqual([b, c].sort());
  });

  it("loaded while a writer holds the lock: the same store indexes them once it is free, and invalidation reaches them", async () => {
    const { root, store, cells, a, loseTail } = oneCellSynced();
    const b = cells.create({ type: "repl", dependencies: [a], output: { result: 2 } }).cell_id;
    loseTail();

    const holder = spawnNode(fixture("hold-cells-lock.ts"), [join(root, "s"), "1500"]);
    let out = "";
    holder.stdout?.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    while (!out.includes("locked")) await new Promise((r) => setTimeout(r, 10));
    const reader = openCells(store, "s");
    expect(reader.list().map((x) => x.cellId)).toEqual([a]); // the writer may be between a file and its line
    await new Promise((r) => holder.on("close", r));
    expect(out).toContain("released");
    expect(reader.has(b)).toBe(true);
    expect(reader.dependents(a)).toEqual([b]);
    expect(reader.invalidate({ cellIds: [a] }).map((x) => x.cellId)).toEqual([a, b]);
    expect(openCells(store, "s").get(b).status).toBe("stale");
  }, 60_000);

  it("the journal gone beside a first, empty index.json: the cells are listed, never an empty DAG", () => {
    const { root, store } = sessions();
    store.create("s");
    const cells = openCells(store, "s");
    const ids = [
      cells.create({ type: "tool", output: { result: 1 } }).cell_id,
      cells.create({ type: "tool" }).cell_id,
    ];
    rmSync(join(root, "s", "cells", "index.journal.jsonl"));
    expect(
      openCells(store, "s")
        .list()
        .map((x) => x.cellId)
        .sort(),
    ).toEqual(ids.sort());
  });
});

describe("a complete() killed between the cell file and its journal line", () => {
  it("is repaired by the next reader: the listing agrees with the file, and an orphan sweep does not overwrite it", async () => {
    const { root, store } = sessions();
    store.create("s");
    const cell = openCells(store, "s").create({ type: "tool", key: "toolu_killed" });
    const r = await runNode(fixture("kill-mid-complete.ts"), [join(root, "s"), cell.cell_id]);
    expect(r.signal).toBe("SIGKILL");
    expect(existsSync(join(root, "s", "cells", ".cells.lock"))).toBe(true);
    const cells = openCells(store, "s");
    expect(cells.list({ status: "pending" })).toEqual([]);
    expect(cells.list()[0]).toMatchObject({ cellId: cell.cell_id, status: "done" });
    expect(cells.completeIfPending(cell.cell_id, { error: "orphaned" })).toBeNull();
    expect(cells.get(cell.cell_id).output.result).toBe("the real result");
  });

  it("SIGKILL at random moments of a completion loop: the index always agrees with the files", async () => {
    const { root, store } = sessions();
    store.create("s");
    const cells = openCells(store, "s", { fsync: false });
    const ids = Array.from({ length: 6 }, () => cells.create({ type: "tool" }).cell_id);
    for (let kill = 0; kill < 12; kill++) {
      const child = spawnNode(fixture("complete-loop.ts"), [join(root, "s"), ids.join(",")]);
      await new Promise((r) => setTimeout(r, 900 + Math.random() * 400));
      child.kill("SIGKILL");
      await new Promise((r) => child.on("close", r));
      const fresh = openCells(store, "s");
      for (const s of fresh.list()) {
        const file = JSON.parse(readFileSync(join(root, "s", "cells", `${s.cellId}.json`), "utf8"));
        expect([s.cellId, s.status]).toEqual([s.cellId, file.status]);
      }
    }
  }, 120_000);
});

describe("a writer killed while it writes a cell file (fsync: false, as the hooks run)", () => {
  it("never leaves a torn or empty cell file: every cell_*.json parses, and the index agrees", async () => {
    const { root, store } = sessions();
    store.create("s");
    for (let kill = 0; kill < 6; kill++) {
      const child = spawnNode(fixture("create-big-loop.ts"), [join(root, "s")]);
      // wait until it writes (a temp file or a cell appears), then kill it at a random moment
      const dir = join(root, "s", "cells");
      const started = Date.now();
      while (
        readdirSync(dir).filter((n) => n.startsWith("cell_")).length <= kill &&
        Date.now() - started < 30_000
      )
        await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      child.kill("SIGKILL");
      await new Promise((r) => child.on("close", r));
    }
    const dir = join(root, "s", "cells");
    const files = readdirSync(dir).filter((n) => /^cell_[0-9a-f]{8}\.json$/.test(n));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(() => JSON.parse(readFileSync(join(dir, f), "utf8")), f).not.toThrow();
    const cells = openCells(store, "s");
    expect(
      cells
        .list()
        .map((c) => c.cellId)
        .sort(),
    ).toEqual(files.map((f) => f.slice(0, -5)).sort());
  }, 120_000);
});

describe("cells written by the plan's Python reference implementation", () => {
  it("are read (status derived, null sections defaulted), the old index kept aside, never silently empty", () => {
    const { root, store } = sessions();
    store.create("py");
    const dir = join(root, "py", "cells");
    const py = (id: string, extra: Record<string, unknown>) =>
      writeFileSync(
        join(dir, `${id}.json`),
        JSON.stringify(
          {
            cell_id: id,
            created_at: 1_700_000_000 + Number.parseInt(id.slice(5), 16),
            type: "repl",
            input: { source: "repl", operation: "peek", args: {}, context_snapshot: null },
            code: "peek(x)",
            dependencies: [],
            dependents: [],
            trace: null,
            metadata: null,
            ...extra,
          },
          null,
          2,
        ),
      );
    py("cell_0000000a", { output: { result: [1, 2], error: null }, completed_at: 1_700_000_100 });
    py("cell_0000000b", { output: { result: null, error: "boom" }, dependencies: ["cell_0000000a"] });
    py("cell_0000000c", { output: null });
    writeFileSync(
      join(dir, "index.json"),
      JSON.stringify({
        version: "1.0",
        session_id: "py",
        cells: { cell_0000000a: {}, cell_0000000b: {} },
        execution_order: [],
      }),
    );
    const cells = openCells(store, "py");
    expect(cells.list().map((s) => [s.cellId, s.status])).toEqual([
      ["cell_0000000a", "done"],
      ["cell_0000000b", "error"],
      ["cell_0000000c", "pending"],
    ]);
    expect(cells.get("cell_0000000b").dependencies).toEqual(["cell_0000000a"]);
    expect(readdirSync(dir).some((n) => n.startsWith("index.json.damaged-"))).toBe(true);
  });
});

describe("relative snapshot paths", () => {
  it("are stored absolute, resolved against the session's cwd, so another working directory sees no false deletion", async () => {
    const { tmp, store } = sessions();
    const project = tmp.join("project");
    mkdirSync(project);
    writeFileSync(join(project, "data.csv"), "a,1\n");
    store.create("s", { cwd: project });
    const cells = openCells(store, "s");
    const c = cells.create({
      type: "repl",
      input: { context_snapshot: { files: snapshotFiles(["data.csv"], project) } },
      output: { result: 1 },
    });
    expect(Object.keys(cells.get(c.cell_id).input.context_snapshot.files)).toEqual([
      join(project, "data.csv"),
    ]);
    const other = await runNode(fixture("check-disk.ts"), [store.root, "s"], { cwd: tmp.path });
    expect(other.stderr).toBe("");
    expect(JSON.parse(other.stdout)).toEqual([]);
  });
});

describe("permissions", () => {
  it("every file the cells write is 0600 and every directory 0700, whatever the umask", () => {
    const { tmp, root, store } = sessions();
    const old = process.umask(0o022);
    try {
      store.create("p");
      const cells = openCells(store, "p");
      const file = tmp.join("w.txt");
      writeFileSync(file, "1");
      const r = cells.create({
        type: "tool",
        input: { context_snapshot: { files: snapshotFiles([file]) } },
        output: { result: 1 },
      });
      const w = cells.create({ type: "tool", key: "k" });
      writeFileSync(file, "2");
      cells.complete(w.cell_id, { result: 2, writes: [file] });
      cells.fileChanged(file);
      cells.updateMetadata(r.cell_id, { promoted_to_db: true });
      cells.flush();
      cells.rebuild();
    } finally {
      process.umask(old);
    }
    const dir = join(root, "p", "cells");
    expect((statSync(dir).mode & 0o777).toString(8)).toBe("700");
    for (const name of readdirSync(dir))
      expect([name, (statSync(join(dir, name)).mode & 0o777).toString(8)]).toEqual([name, "600"]);
    expect(readdirSync(dir)).toEqual(
      expect.arrayContaining(["marks.jsonl", "writers.json", "promoted.json"]),
    );
  });
});
