import { execFileSync } from "node:child_process";
import { tempTree } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { resolveLegacyDirs } from "../legacy/legacy-dirs.js";
import { discoverLegacy } from "./discover-legacy.js";

const discover = (tree: Parameters<typeof tempTree>[0]) =>
  discoverLegacy(resolveLegacyDirs({ legacyDir: tempTree(tree).path }));

describe("discoverLegacy", () => {
  it("finds every session that has any legacy file, by name only", () => {
    const d = discover({
      "rlm-state": {
        "a.json": "{}",
        "b_context.json": "{}",
        "file-access-c.jsonl": "",
        "default.json": "{}",
        "default_context.json": "{}",
      },
      "rlm-externalized": { e: { "manifest_1.json": "{}", "conversation_1.json": "[]" } },
      "rlm-trajectories": { "20240101_f_summary.json": "{}", "20240102_with_underscores_summary.json": "{}" },
    });
    expect(d.sessions.map((s) => s.id)).toEqual(["a", "b", "c", "default", "e", "f", "with_underscores"]);
    expect(d.sessions.find((s) => s.id === "default")).toMatchObject({
      state: "rlm-state/default.json",
      context: "rlm-state/default_context.json",
    });
    expect(d.sessions.find((s) => s.id === "e")?.externalized).toEqual([
      "rlm-externalized/e/conversation_1.json",
      "rlm-externalized/e/manifest_1.json",
    ]);
    expect(d.present).toEqual(["rlm-state", "rlm-externalized", "rlm-trajectories"]);
  });

  it("never takes context, session-metadata or current-transcript for session ids", () => {
    const d = discover({
      "rlm-state": {
        "context.json": "{}",
        "session-metadata.json": "{}",
        "current-transcript.jsonl": { symlink: "/nowhere" },
        "context_context.json": "{}",
        "file-access-session-metadata.jsonl": "",
      },
    });
    expect(d.sessions).toEqual([]);
    expect(d.globals).toEqual({
      context: "rlm-state/context.json",
      sessionMetadata: "rlm-state/session-metadata.json",
      currentTranscript: "rlm-state/current-transcript.jsonl",
    });
    expect(d.unknown.map((u) => u.ref).sort()).toEqual([
      "rlm-state/context_context.json",
      "rlm-state/file-access-session-metadata.jsonl",
    ]);
  });

  it("reports ids that are not plain ids and never uses them as paths", () => {
    const d = discover({
      "rlm-state": { "bad id.json": "{}", "..x.json": "{}" },
      "rlm-externalized": { ".hidden": { "m.json": "{}" } },
    });
    expect(d.sessions).toEqual([]);
    expect(d.unknown.map((u) => u.ref).sort()).toEqual([
      "rlm-externalized/.hidden",
      "rlm-state/..x.json",
      "rlm-state/bad id.json",
    ]);
  });

  it("attributes temp leftovers and trajectory files named after a session, reports the rest", () => {
    const d = discover({
      "rlm-state": {
        "s1.json": "{}",
        "s1.json.tmp": "{",
        "s1_context.json.abc.tmp": "{",
        "tmp99.tmp": "",
        "notes.txt": "",
      },
      "rlm-trajectories": { "trajectory_s1.jsonl": "{}", "s10.log": "", "random.log": "" },
      "rlm-externalized": { README: "" },
    });
    expect(d.sessions).toHaveLength(1);
    expect(d.sessions[0]!.leftovers).toEqual(["rlm-state/s1.json.tmp", "rlm-state/s1_context.json.abc.tmp"]);
    expect(d.sessions[0]!.trajectories).toEqual(["rlm-trajectories/trajectory_s1.jsonl"]);
    expect(d.unknown.map((u) => u.ref).sort()).toEqual([
      "rlm-externalized/README",
      "rlm-state/notes.txt",
      "rlm-state/tmp99.tmp",
      "rlm-trajectories/random.log",
      "rlm-trajectories/s10.log",
    ]);
  });

  it("lists every entry for the backup, never reads fifos, and copes with missing folders", () => {
    const dir = tempTree({ "rlm-state": { "a.json": "{}", sub: { "x.bin": "1" } } });
    execFileSync("mkfifo", [dir.join("rlm-state", "pipe")]);
    const d = discoverLegacy(resolveLegacyDirs({ legacyDir: dir.path }));
    expect(d.entries.map((e) => `${e.type}:${e.ref}`)).toEqual([
      "dir:rlm-state",
      "file:rlm-state/a.json",
      "dir:rlm-state/sub",
      "file:rlm-state/sub/x.bin",
    ]);
    expect(d.unknown.map((u) => u.ref)).toEqual(["rlm-state/pipe", "rlm-state/sub"]);
    expect(d.present).toEqual(["rlm-state"]);
  });
});
