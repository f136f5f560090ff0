import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { buildSession } from "@rlm/repl-bridge/test";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ok, repl, sandbox } from "./helpers.js";

describe("a memory database of someone else's layout", () => {
  it("memory_add, memory_query and promote_to_memory refuse it with ERR_RLM_MEMORY_DB; its rows and journal mode stay as they were", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    mkdirSync(dirname(sb.memoryDb), { recursive: true });
    const db = new Database(sb.memoryDb);
    db.exec(
      "CREATE TABLE nodes(id integer primary key, body text); INSERT INTO nodes(body) VALUES ('theirs');",
    );
    expect(db.pragma("journal_mode", { simple: true })).toBe("delete");
    db.close();

    const add = await repl(sb, "memory_add", { content: "a fact", type: "fact" });
    expect(add.code).toBe(1);
    expect(add.json.error.code).toBe("ERR_RLM_MEMORY_DB");
    expect(add.json.error.message).toContain("nodes table of another layout");
    expect(add.json.error.hint).toContain("RLM_MEMORY_DB");
    const query = await repl(sb, "memory_query", { query: "theirs" });
    expect(query.json.error.code).toBe("ERR_RLM_MEMORY_DB");
    const promote = await repl(sb, "promote_to_memory", { cell_id: s.cells.grep, memory_type: "fact" });
    expect(promote.json.error.code).toBe("ERR_RLM_MEMORY_DB");

    const check = new Database(sb.memoryDb, { readonly: true });
    expect(check.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(check.prepare("SELECT * FROM nodes").all()).toEqual([{ id: 1, body: "theirs" }]);
    expect(check.prepare("SELECT name FROM sqlite_master").all()).toEqual([{ name: "nodes" }]);
    check.close();
  });

  it("the RLM layout in rollback-journal mode is switched to WAL on first use (it is ours)", async () => {
    const sb = sandbox();
    await ok(sb, "memory_add", { content: "first", type: "fact" });
    const db = new Database(sb.memoryDb);
    db.pragma("journal_mode = DELETE");
    db.close();
    await ok(sb, "memory_query", { query: "first" });
    const check = new Database(sb.memoryDb, { readonly: true });
    expect(check.pragma("journal_mode", { simple: true })).toBe("wal");
    check.close();
  });
});
