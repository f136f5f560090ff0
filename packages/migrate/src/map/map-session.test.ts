import { tempTree } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { discoverLegacy } from "../discover/discover-legacy.js";
import { resolveLegacyDirs } from "../legacy/legacy-dirs.js";
import { loadSession } from "../read/load-session.js";
import { readGlobals } from "../read/read-globals.js";
import { migratedCellIds } from "./cell-ids.js";
import { sha256Hex } from "./content.js";
import { mapSession } from "./map-session.js";

function mapOnly(tree: Parameters<typeof tempTree>[0], id = "s", claudeDir: string | null = null) {
  const d = discoverLegacy(resolveLegacyDirs({ legacyDir: tempTree(tree).path }));
  const s = d.sessions.find((x) => x.id === id)!;
  return mapSession(loadSession(d, readGlobals(d, claudeDir), s), 1_800_000_000);
}

const outputs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    tool_name: "Bash",
    content: `out ${i} ${"y".repeat(i === n - 1 ? 1500 : 0)}`,
    exit_code: i % 2,
    timestamp: 1000 + i,
  }));

describe("mapSession", () => {
  it("keeps every tool output whole as a cell and previews the last 100, pointing at their cells", () => {
    const m = mapOnly({ "rlm-state": { "s_context.json": JSON.stringify({ tool_outputs: outputs(130) }) } });
    expect(m.cells).toHaveLength(130);
    expect(m.cells.map((c) => c.cellId)).toEqual(migratedCellIds("s", 130));
    expect(m.cells[129]!.content).toHaveLength(1500 + "out 129 ".length);
    const previews = m.session.context.tool_outputs;
    expect(previews).toHaveLength(100);
    expect(previews[0]).toMatchObject({
      content_preview: "out 30 ",
      exit_code: 0,
      timestamp: 1030,
      cell_id: m.cells[30]!.cellId,
    });
    expect(previews[99]!.content_preview).toHaveLength(1000);
    expect(m.session.cells.count).toBe(130);
  });

  it("redacts secrets in the previews but keeps the cell body whole (lossless)", () => {
    const secret = "export GITHUB_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB";
    const m = mapOnly({
      "rlm-state": {
        "s_context.json": JSON.stringify({
          tool_outputs: [{ tool_name: "Bash", content: secret, exit_code: 0 }],
        }),
      },
    });
    expect(m.session.context.tool_outputs[0]!.content_preview).toBe("export GITHUB_TOKEN=[REDACTED:env]");
    expect(m.cells[0]!.content).toBe(secret);
  });

  it("hashes cached files by their UTF-8 bytes and takes access times from the file-access log", () => {
    const m = mapOnly({
      "rlm-state": {
        "s.json": JSON.stringify({
          session_id: "s",
          created_at: 100,
          updated_at: 200,
          file_cache: { "/é.txt": "héllo ✓" },
        }),
        "file-access-s.jsonl": '{"timestamp": "1970-01-01T00:02:30Z", "tool": "Read", "file": "/é.txt"}\n',
      },
    });
    expect(m.session.context.files["/é.txt"]).toEqual({
      hash: `sha256:${sha256Hex("héllo ✓")}`,
      size_bytes: Buffer.byteLength("héllo ✓"),
      first_access: 150,
      last_access: 150,
    });
  });

  it("maps metadata from session-metadata.json only when its id matches, and counters from the state", () => {
    const recorded = tempTree({ "s.jsonl": "{}\n" }).join("s.jsonl");
    const meta = {
      session_id: "s",
      cwd: "/w",
      transcript_path: recorded,
      started_at: "2024-01-01T00:00:00Z",
    };
    const m = mapOnly({
      "rlm-state": {
        "s.json": JSON.stringify({
          session_id: "s",
          created_at: "1700000000",
          rlm_active: "True",
          current_depth: "2",
          total_tokens_used: 9,
          total_recursive_calls: 4,
          trajectory_events_count: 3,
          trajectory_path: "/x.jsonl",
        }),
        "other.json": '{"session_id": "other"}',
        "session-metadata.json": JSON.stringify(meta),
      },
    });
    expect(m.session.metadata).toMatchObject({
      session_id: "s",
      session_type: "migrated",
      tags: ["migrated"],
      cwd: "/w",
      claude_transcript_path: recorded,
      created_at: 1700000000,
    });
    expect(m.session.activation).toMatchObject({ rlm_active: true, current_depth: 2 });
    expect(m.session.budget).toMatchObject({ total_tokens_used: 9, total_recursive_calls: 4 });
    expect(m.session.trajectory).toEqual({ events_count: 3, export_path: "/x.jsonl" });
    expect(m.transcriptPath).toBe(recorded);
    const other = mapOnly(
      {
        "rlm-state": {
          "s.json": '{"session_id": "s"}',
          "other.json": '{"session_id": "other"}',
          "session-metadata.json": JSON.stringify(meta),
        },
      },
      "other",
    );
    expect(other.session.metadata.cwd).toBeNull();
  });

  it("never links a recorded transcript_path that is gone: the transcript found on disk is linked, else none", () => {
    const id = "0f0f0f0f-1111-4222-8333-444444444444";
    const claude = tempTree({
      [`projects/-w/${id}.jsonl`]: `${JSON.stringify({ type: "user", cwd: "/w" })}\n`,
    });
    const legacy = {
      "rlm-state": {
        [`${id}.json`]: JSON.stringify({ session_id: id }),
        "session-metadata.json": JSON.stringify({ session_id: id, transcript_path: "/gone/t.jsonl" }),
      },
    };
    const found = mapOnly(legacy, id, claude.path);
    expect(found.transcriptPath).toBe(claude.join("projects", "-w", `${id}.jsonl`));
    expect(found.session.metadata.cwd).toBe("/w");
    expect(found.problems.map((p) => p.message)).toContain(
      `transcript_path /gone/t.jsonl does not exist: not linked; linked ${found.transcriptPath}, found on disk`,
    );
    const none = mapOnly(legacy, id, tempTree({ projects: {} }).path);
    expect(none.transcriptPath).toBeNull();
    expect(none.session.metadata.claude_transcript_path).toBeNull();
    expect(none.problems.map((p) => p.message)).toContain(
      "Claude Code's transcript of this session was not found: no transcript link",
    );
  });

  it("falls back to a summary's counters and the earliest time found when there is no state file", () => {
    const m = mapOnly({
      "rlm-trajectories": {
        "20240101_s_summary.json": JSON.stringify({
          duration_info: { created_at: 500, ended_at: 900 },
          rlm_stats: { total_tokens_used: "77", was_active: "True" },
        }),
      },
    });
    expect(m.session.metadata).toMatchObject({ created_at: 500, updated_at: 900, ended_at: 900 });
    expect(m.session.budget.total_tokens_used).toBe(77);
    expect(m.session.activation.rlm_active).toBe(true);
  });

  it("merges working memory (the state wins), keeps messages and unknown keys under legacy/", () => {
    const m = mapOnly({
      "rlm-state": {
        "s.json": JSON.stringify({ session_id: "s", working_memory: { a: 1, b: 2 }, surprise: [1] }),
        "s_context.json": JSON.stringify({
          working_memory: { b: 3, c: 4 },
          messages: [{ role: "user", content: "hi" }],
          other: true,
        }),
      },
    });
    expect(m.session.context.working_memory).toEqual({ a: 1, b: 2, c: 4 });
    const files = Object.fromEntries(m.legacyFiles.map((f) => [f.path, f.bytes.toString("utf8")]));
    expect(JSON.parse(files["messages.json"]!)).toEqual([{ role: "user", content: "hi" }]);
    expect(JSON.parse(files["unmapped.json"]!)).toEqual({
      "rlm-state/s.json": { surprise: [1] },
      "rlm-state/s_context.json": { other: true },
    });
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["rlm-state/s.json", "rlm-state/s_context.json", "migration.json"]),
    );
    expect(m.problems.some((p) => p.message.includes("differs from the state's for b"))).toBe(true);
  });

  it("keeps the file-access log's lines as they are, adding only a missing final newline", () => {
    const m = mapOnly({ "rlm-state": { "file-access-s.jsonl": '{"tool": "Read", "file": "/a"}\nnot json' } });
    expect(m.fileAccess?.toString("utf8")).toBe('{"tool": "Read", "file": "/a"}\nnot json\n');
    expect(m.counts.fileAccessLines).toBe(2);
    expect(m.problems.map((p) => p.message)).toContain("1 of 2 line(s) are not JSON; kept as they are");
  });
});
