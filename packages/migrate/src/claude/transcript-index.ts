import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isSessionId } from "@rlm/session-schema";
import { transcriptCwd } from "./transcript-cwd.js";

/** Claude Code's own transcript of one session, found on disk. */
export interface FoundTranscript {
  path: string;
  /** The `cwd` its lines carry (null when no line within the first megabyte has one). */
  cwd: string | null;
  /** Other transcripts with the same id (another project folder); the newest one is used. */
  others: string[];
}

/** Every `<claude dir>/projects/*\/<session_id>.jsonl`, by session id, listed once per run. */
export interface TranscriptIndex {
  /** `<claude dir>/projects`. */
  projectsDir: string;
  /** False when the folder does not exist or cannot be listed. */
  present: boolean;
  find(sessionId: string): FoundTranscript | null;
}

function listSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * Index Claude Code's transcripts by session id. The project folder names are a lossy
 * encoding of the session's cwd, never decoded: the cwd is read from the transcript's lines.
 */
export function indexTranscripts(claudeDir: string): TranscriptIndex {
  const projectsDir = join(claudeDir, "projects");
  const byId = new Map<string, Array<{ path: string; mtimeMs: number }>>();
  const projects = listSafe(projectsDir);
  for (const project of projects) {
    for (const name of listSafe(join(projectsDir, project))) {
      if (!name.endsWith(".jsonl")) continue;
      const id = name.slice(0, -".jsonl".length);
      if (!isSessionId(id)) continue;
      const path = join(projectsDir, project, name);
      let mtimeMs: number;
      try {
        const st = statSync(path);
        if (!st.isFile()) continue;
        mtimeMs = st.mtimeMs;
      } catch {
        continue;
      }
      const list = byId.get(id) ?? [];
      list.push({ path, mtimeMs });
      byId.set(id, list);
    }
  }
  return {
    projectsDir,
    present: projects.length > 0,
    find(sessionId) {
      const list = byId.get(sessionId);
      if (!list) return null;
      const sorted = [...list].sort((a, b) => b.mtimeMs - a.mtimeMs || (a.path < b.path ? -1 : 1));
      const [newest, ...rest] = sorted;
      return { path: newest!.path, cwd: transcriptCwd(newest!.path), others: rest.map((r) => r.path) };
    },
  };
}
