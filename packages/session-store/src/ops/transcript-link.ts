import { readlinkSync, renameSync, symlinkSync, unlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { CorruptFileError } from "@rlm/session-schema/core";
import { lstatOrNull, randomSuffix } from "../fs-utils.js";
import { SESSION_FILE, TRANSCRIPT_LINK } from "../paths.js";
import type { StoreContext } from "../store/context.js";
import { requireSessionDir } from "../store/session-dir.js";
import { readSummary } from "./read-summary.js";
import { updateSession } from "./save-session.js";

/**
 * Make `<session>/transcript.jsonl` a symlink to Claude Code's transcript (it may dangle
 * until Claude writes it) and record the path in metadata.claude_transcript_path. An
 * existing link is replaced atomically; a regular file there is never replaced.
 */
export function linkTranscript(ctx: StoreContext, sessionId: string, transcriptPath: string): void {
  const dir = requireSessionDir(ctx, sessionId);
  const link = join(dir, TRANSCRIPT_LINK);
  const target = resolve(transcriptPath);
  const st = lstatOrNull(link);
  if (st !== null && !st.isSymbolicLink()) {
    throw new CorruptFileError(link, "is a regular file or directory, not a symlink; left as it is");
  }
  if (st === null || readlinkSync(link) !== target) {
    const tmp = join(dir, `.${TRANSCRIPT_LINK}-${randomSuffix()}.tmp`);
    symlinkSync(target, tmp);
    try {
      renameSync(tmp, link);
    } catch (err) {
      unlinkSync(tmp);
      throw err;
    }
  }
  const recorded = readSummary(join(dir, SESSION_FILE));
  if (recorded.ok && recorded.metadata.claude_transcript_path === target) return;
  updateSession(ctx, sessionId, (s) => {
    s.metadata = { ...s.metadata, claude_transcript_path: target };
  });
}
