import { mkdirSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entriesOf, expectCode, HOSTILE_IDS, newStore } from "../../test/helpers.js";

describe("current link", () => {
  it("is a relative symlink replaced atomically (no temp names left)", () => {
    const { store, root } = newStore();
    expect(store.getCurrent()).toBeNull();
    store.create("a");
    store.create("b");
    store.setCurrent("a");
    store.setCurrent("b");
    expect(readlinkSync(join(root, "current"))).toBe("b");
    expect(store.getCurrent()).toBe("b");
    expect(entriesOf(root)).toEqual(["a", "b", "current"]);
  });

  it("refuses unknown sessions and hostile ids", () => {
    const { store, root } = newStore();
    expectCode(() => store.setCurrent("ghost"), "ERR_RLM_SESSION_NOT_FOUND");
    for (const id of HOSTILE_IDS) expectCode(() => store.setCurrent(id), "ERR_RLM_INVALID_ID");
    expect(entriesOf(root)).toEqual([]);
  });

  it("reports a `current` that is not a link to a session instead of replacing it", () => {
    const { store, root } = newStore();
    store.create("a");
    mkdirSync(join(root, "current"));
    writeFileSync(join(root, "current/keep"), "x");
    expectCode(() => store.setCurrent("a"), "ERR_RLM_CORRUPT_FILE");
    expectCode(() => store.getCurrent(), "ERR_RLM_CORRUPT_FILE");
    expect(entriesOf(join(root, "current"))).toEqual(["keep"]);
  });
});

describe("transcript link", () => {
  it("links (possibly dangling), relinks atomically and records the path", () => {
    const { store, root, base } = newStore();
    store.create("a");
    store.linkTranscript("a", join(base, "t1.jsonl"));
    expect(readlinkSync(join(root, "a/transcript.jsonl"))).toBe(join(base, "t1.jsonl"));
    store.linkTranscript("a", join(base, "t2.jsonl"));
    expect(readlinkSync(join(root, "a/transcript.jsonl"))).toBe(join(base, "t2.jsonl"));
    expect(store.load("a").metadata.claude_transcript_path).toBe(join(base, "t2.jsonl"));
    expect(entriesOf(join(root, "a"))).toEqual(["cells", "reasoning", "session.json", "transcript.jsonl"]);
  });

  it("never replaces a regular file", () => {
    const { store, root } = newStore();
    store.create("a");
    writeFileSync(join(root, "a/transcript.jsonl"), "copied transcript");
    expectCode(() => store.linkTranscript("a", "/x"), "ERR_RLM_CORRUPT_FILE");
    expectCode(() => store.linkTranscript("../a", "/x"), "ERR_RLM_INVALID_ID");
  });
});
