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
        "a.json": '{"session_id": "a"}',
        "b_context.json": "{}",
        "file-access-c.jsonl": "",
        "default.json": '{"session_id": "default"}',
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

  it("never takes context, session-metadata, current-transcript or activation for session ids", () => {
    const d = discover({
      "rlm-state": {
        "context.json": "{}",
        "session-metadata.json": "{}",
        "current-transcript.jsonl": { symlink: "/nowhere" },
        "activation.json": '{"activate_rlm": true, "reason": "complex"}',
        "context_context.json": "{}",
        "file-access-session-metadata.jsonl": "",
        "activation_context.json": "{}",
      },
    });
    expect(d.sessions).toEqual([]);
    expect(d.globals).toEqual({
      context: "rlm-state/context.json",
      sessionMetadata: "rlm-state/session-metadata.json",
      currentTranscript: "rlm-state/current-transcript.jsonl",
      activation: "rlm-state/activation.json",
    });
    expect(d.unknown.map((u) => u.ref).sort()).toEqual([
      "rlm-state/activation_context.json",
      "rlm-state/context_context.json",
      "rlm-state/file-access-session-metadata.jsonl",
    ]);
  });

  it("takes a <name>.json that parses but names no session, or another one, for no session state", () => {
    const d = discover({
      "rlm-state": {
        "prefs.json": '{"theme": "dark"}',
        "list.json": "[1, 2]",
        "stray.json": '{"session_id": "elsewhere"}',
        "real.json": '{"session_id": "real", "updated_at": NaN}',
        "late.json": '{"created_at": 1, "session_id": "late"}',
        "torn.json": '{"session_id": "torn", "created_at": 1',
        "garbage.json": "not json at all",
        "ctx.json": '{"theme": "dark"}',
        "ctx_context.json": '{"messages": []}',
      },
    });
    expect(d.sessions.map((s) => [s.id, s.state])).toEqual([
      ["ctx", null],
      ["garbage", "rlm-state/garbage.json"],
      ["late", "rlm-state/late.json"],
      ["real", "rlm-state/real.json"],
      ["torn", "rlm-state/torn.json"],
    ]);
    expect(Object.fromEntries(d.unknown.map((u) => [u.ref, u.reason]))).toEqual({
      "rlm-state/ctx.json": expect.stringMatching(/no "session_id"/),
      "rlm-state/list.json": expect.stringMatching(/no "session_id"/),
      "rlm-state/prefs.json": expect.stringMatching(/no "session_id"/),
      "rlm-state/stray.json": expect.stringMatching(/names session "elsewhere"/),
    });
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
        "s1.json": '{"session_id": "s1"}',
        "s1_x.json": '{"session_id": "s1_x"}',
        "s1.json.tmp": "{",
        "s1_context.json.abc.tmp": "{",
        "s1_context_k3j9_x2a.tmp": "{",
        "s1_x_context_qq81mz0a.tmp": "{",
        "s10_context_abcdefgh.tmp": "{",
        "tmp99.tmp": "",
        "notes.txt": "",
      },
      "rlm-trajectories": { "trajectory_s1.jsonl": "{}", "s10.log": "", "random.log": "" },
      "rlm-externalized": { README: "" },
    });
    expect(d.sessions.map((s) => s.id)).toEqual(["s1", "s1_x"]);
    // mkstemp's `<id>_context_<random>.tmp` too; the longest id wins; `s10` is no session.
    expect(d.sessions[0]!.leftovers).toEqual([
      "rlm-state/s1.json.tmp",
      "rlm-state/s1_context.json.abc.tmp",
      "rlm-state/s1_context_k3j9_x2a.tmp",
    ]);
    expect(d.sessions[1]!.leftovers).toEqual(["rlm-state/s1_x_context_qq81mz0a.tmp"]);
    expect(d.sessions[0]!.trajectories).toEqual(["rlm-trajectories/trajectory_s1.jsonl"]);
    expect(d.unknown.map((u) => u.ref).sort()).toEqual([
      "rlm-externalized/README",
      "rlm-state/notes.txt",
      "rlm-state/s10_context_abcdefgh.tmp",
      "rlm-state/tmp99.tmp",
      "rlm-trajectories/random.log",
      "rlm-trajectories/s10.log",
    ]);
  });

  it("lists every entry for the backup, never reads fifos, and copes with missing folders", () => {
    const dir = tempTree({ "rlm-state": { "a.json": '{"session_id": "a"}', sub: { "x.bin": "1" } } });
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
