import { mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newStore } from "../../test/helpers.js";

describe("list", () => {
  it("returns summaries newest first and filters by type, tags (all), live and created since", () => {
    const { store } = newStore();
    store.create("a", { tags: ["x", "y"], description: "A" });
    store.create("b", { tags: ["x"], sessionType: "migrated" });
    store.create("c", { tags: [] });
    store.end("b");
    const all = store.list();
    expect(all.problems).toEqual([]);
    expect(all.sessions.map((s) => s.session_id)).toEqual(["c", "b", "a"]);
    expect(all.sessions[2]).toEqual({
      session_id: "a",
      created_at: expect.any(Number),
      updated_at: expect.any(Number),
      ended_at: null,
      session_type: "default",
      tags: ["x", "y"],
      description: "A",
      parent_session_id: null,
    });
    const ids = (f: Parameters<typeof store.list>[0]) => store.list(f).sessions.map((s) => s.session_id);
    expect(ids({ tags: ["x"] })).toEqual(["b", "a"]);
    expect(ids({ tags: ["x", "y"] })).toEqual(["a"]);
    expect(ids({ sessionType: "migrated" })).toEqual(["b"]);
    expect(ids({ live: true })).toEqual(["c", "a"]);
    expect(ids({ live: false })).toEqual(["b"]);
    expect(ids({ createdSince: store.load("b").metadata.created_at })).toEqual(["c", "b"]);
  });

  it("is empty when the root does not exist", () => {
    expect(newStore().store.list()).toEqual({ sessions: [], problems: [] });
  });

  it("skips entries that are not sessions", () => {
    const { store, root } = newStore();
    store.create("a");
    store.setCurrent("a");
    mkdirSync(join(root, "archive"));
    mkdirSync(join(root, "migration-backup"));
    mkdirSync(join(root, ".staging-x-123"));
    mkdirSync(join(root, ".trash-y-456"));
    writeFileSync(join(root, "hook-errors.log"), "x");
    writeFileSync(join(root, "notes"), "a plain file with a valid-id name");
    expect(store.list()).toEqual({ sessions: [expect.objectContaining({ session_id: "a" })], problems: [] });
  });

  it("reports corrupt sessions (with path and reason) without throwing or touching them", () => {
    const { store, root, base } = newStore();
    for (const id of ["ok", "garbage", "truncated", "invalid", "nofile", "mismatch", "pretty", "linkfile"])
      store.create(id);
    const file = (id: string) => join(root, id, "session.json");
    const good = readFileSync(file("ok"), "utf8");
    writeFileSync(file("garbage"), "\u0000\u0001 not json");
    writeFileSync(file("truncated"), readFileSync(file("truncated"), "utf8").slice(0, -40));
    writeFileSync(
      file("invalid"),
      good.replace('"session_type":"default"', '"session_type":"bogus"').replace('"ok"', '"invalid"'),
    );
    writeFileSync(file("nofile"), "");
    writeFileSync(file("mismatch"), good);
    writeFileSync(file("pretty"), JSON.stringify(JSON.parse(readFileSync(file("pretty"), "utf8")), null, 2));
    writeFileSync(join(base, "outside.json"), good.replace('"ok"', '"linkfile"'));
    unlinkSync(file("linkfile"));
    symlinkSync(join(base, "outside.json"), file("linkfile"));
    mkdirSync(join(base, "elsewhere"));
    symlinkSync(join(base, "elsewhere"), join(root, "linked"));
    const { sessions, problems } = store.list();
    expect(sessions.map((s) => s.session_id).sort()).toEqual(["ok", "pretty"]);
    const byId = Object.fromEntries(problems.map((p) => [p.sessionId, p]));
    expect(Object.keys(byId).sort()).toEqual([
      "garbage",
      "invalid",
      "linked",
      "linkfile",
      "mismatch",
      "nofile",
      "truncated",
    ]);
    expect(byId.garbage?.path).toBe(file("garbage"));
    expect(byId.garbage?.reason).toMatch(/invalid JSON/);
    expect(byId.truncated?.reason).toMatch(/invalid JSON/);
    expect(byId.invalid?.reason).toMatch(/metadata\.session_type/);
    expect(byId.nofile?.reason).toMatch(/empty file/);
    expect(byId.mismatch?.reason).toMatch(/metadata\.session_id/);
    expect(byId.linked?.reason).toMatch(/symlink/);
    expect(byId.linkfile?.reason).toMatch(/symlink; not followed/);
    expect(readFileSync(file("garbage"), "utf8")).toBe("\u0000\u0001 not json");
  });

  it("reads a session whose metadata line is longer than one block", () => {
    const { store } = newStore();
    store.create("long", { description: "d".repeat(10_000) });
    expect(store.list().sessions[0]?.description).toHaveLength(10_000);
  });
});
