import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { hashTree, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { migrate, planMigration, verifyMigration } from "../src/index.js";
import {
  generatedCwd,
  generatedId,
  generateLegacy,
  hasLeftover,
  hasTranscript,
  transcriptPathOf,
} from "./support/generate-legacy.js";

// The legacy corpus as the genuine old plugin's hooks leave it (activation.json rewritten
// on every prompt, mkstemp crash leftovers, the shared files about the latest session, a
// current-transcript link) beside Claude Code's own transcripts: every session and nothing
// else is migrated, each linked to its transcript when Claude Code still has it.

const SESSIONS = 12;

function corpus() {
  const dir = tempDir("rlm-corpus-");
  const legacy = dir.join("claude");
  const claudeDir = dir.join("claude");
  generateLegacy(legacy, { sessions: SESSIONS, seed: 7, toolOutputs: 3, claudeDir });
  return { legacy, claudeDir, root: dir.join("sessions") };
}

const sessionJson = (root: string, id: string) =>
  JSON.parse(readFileSync(join(root, id, "session.json"), "utf8")) as {
    metadata: { cwd: string | null; claude_transcript_path: string | null };
  };

describe("the real legacy corpus", () => {
  it("migrates exactly the sessions, links Claude Code's transcripts and says which are missing", () => {
    const { legacy, claudeDir, root } = corpus();
    const before = hashTree(join(legacy, "rlm-state"));
    const options = { legacyDir: legacy, claudeDir, sessionsDir: root };
    const r = migrate(options);
    const ids = Array.from({ length: SESSIONS }, (_, s) => generatedId(s));
    expect(r.sessions.map((s) => [s.sessionId, s.status])).toEqual(ids.map((id) => [id, "migrated"]));
    expect(readdirSync(root).sort()).toEqual([...ids, "migration-backup"].sort());
    // activation.json names no session: reported as a shared file, kept in the backup.
    expect(r.problems).toContainEqual(
      expect.objectContaining({ source: "rlm-state/activation.json", level: "info" }),
    );
    expect(r.unknown).toEqual([]);

    for (let s = 0; s < SESSIONS; s++) {
      const id = generatedId(s);
      const meta = sessionJson(root, id).metadata;
      const outcome = r.sessions[s]!;
      const notFound = outcome.problems.some((p) =>
        /transcript of this session was not found/.test(p.message),
      );
      if (hasTranscript(s)) {
        const path = transcriptPathOf(claudeDir, s);
        expect(meta, id).toMatchObject({ cwd: generatedCwd(s), claude_transcript_path: path });
        expect(readlinkSync(join(root, id, "transcript.jsonl"))).toBe(path);
        expect(notFound, id).toBe(false);
      } else if (s === SESSIONS - 1) {
        // The latest session: session-metadata.json names it (its transcript is gone).
        expect(meta.cwd).toBe(generatedCwd(s));
      } else {
        expect(meta, id).toMatchObject({ cwd: null, claude_transcript_path: null });
        expect(existsSync(join(root, id, "transcript.jsonl"))).toBe(false);
        expect(notFound, id).toBe(true);
      }
      // mkstemp's `<id>_context_<random>.tmp` is the session's: kept verbatim under legacy/.
      const copies = readdirSync(join(root, id, "legacy", "rlm-state"));
      expect(
        copies.some((n) => n.endsWith(".tmp")),
        id,
      ).toBe(hasLeftover(s));
    }
    expect(hashTree(join(legacy, "rlm-state"))).toEqual(before);
    const v = verifyMigration(options);
    expect(v.totals).toEqual({ ok: SESSIONS, mismatch: 0, missing: 0, skipped: 0 });
  });

  it("reports a dangling current-transcript.jsonl, and the plan agrees with the run", () => {
    const { legacy, claudeDir, root } = corpus();
    // The latest session's transcript was cleaned up by Claude Code: the link dangles.
    expect(hasTranscript(SESSIONS - 1)).toBe(false);
    const plan = planMigration({ legacyDir: legacy, claudeDir, sessionsDir: root });
    expect(plan.totals.create).toBe(SESSIONS);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        source: "rlm-state/current-transcript.jsonl",
        level: "warning",
        message: expect.stringMatching(/^dangling symlink to .+: that transcript is gone/),
      }),
    );
    expect(plan.target).toMatchObject({ path: root, writable: true, problem: null });
    expect(migrate({ legacyDir: legacy, claudeDir, sessionsDir: root }).problems).toEqual(plan.problems);
  });
});
