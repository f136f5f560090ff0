import { appendFileSync, closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { appendToJournal, readJournalFd, resetJournal } from "./journal-file.js";

const read = (path: string, from: { token: string; offset: number } | null = null) => {
  const fd = openSync(path, "r");
  try {
    return readJournalFd(fd, from);
  } finally {
    closeSync(fd);
  }
};
const line = (id: string) => JSON.stringify({ op: "dependency", id, dep: "cell_00000000" });

describe("journal file", () => {
  it("creates the journal whole, with a header, and reads appended lines incrementally", () => {
    const path = `${tempDir().path}/j.jsonl`;
    const a = appendToJournal(path, 3, [line("cell_00000001")], false);
    expect(a?.gen).toBe(3);
    const first = read(path);
    expect(first.header).toMatchObject({ journal: "rlm-cells", gen: 3 });
    expect(first.entries).toHaveLength(1);
    appendToJournal(path, 3, [line("cell_00000002"), line("cell_00000003")], false);
    const next = read(path, first.cursor);
    expect(next.entries.map((e) => (e as { id: string }).id)).toEqual(["cell_00000002", "cell_00000003"]);
  });

  it("never applies a line without its newline, and counts garbage lines", () => {
    const path = `${tempDir().path}/j.jsonl`;
    resetJournal(path, 0);
    appendFileSync(path, `${line("cell_00000001")}\n{"op":"create","id":"cell_0`);
    const r = read(path);
    expect(r.entries).toHaveLength(1);
    appendToJournal(path, 0, [line("cell_00000002")], false);
    const r2 = read(path, r.cursor);
    expect(r2.corrupt).toBe(1);
    expect(r2.entries).toHaveLength(1);
  });

  it("replaces an older-generation journal before appending, and refuses to append behind a newer one", () => {
    const path = `${tempDir().path}/j.jsonl`;
    appendToJournal(path, 1, [line("cell_00000001")], false);
    appendToJournal(path, 2, [line("cell_00000002")], false);
    const r = read(path);
    expect(r.header?.gen).toBe(2);
    expect(r.entries).toHaveLength(1);
    expect(appendToJournal(path, 1, [line("cell_00000003")], false)).toBeNull();
    writeFileSync(path, "");
    appendToJournal(path, 2, [line("cell_00000004")], false);
    expect(readFileSync(path, "utf8").split("\n")[0]).toContain('"gen":2');
  });

  it("leaves a headerless (damaged) journal as it is and refuses to append to it", () => {
    const path = `${tempDir().path}/j.jsonl`;
    writeFileSync(path, `garbage\n${line("cell_00000001")}\n`);
    expect(appendToJournal(path, 0, [line("cell_00000002")], false)).toBeNull();
    expect(readFileSync(path, "utf8")).toBe(`garbage\n${line("cell_00000001")}\n`);
  });
});
