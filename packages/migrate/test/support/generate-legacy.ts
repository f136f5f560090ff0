import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "@rlm/test-utils/bench";
import { claudeSamplePath } from "@rlm/test-utils/claude-samples";

// A deterministic legacy layout of many sessions, shaped like what the genuine old plugin's
// hooks leave behind (LEGACY.md): a state file with cached files, a context file with
// messages and tool outputs (a few of them large), a file-access log, for some sessions
// externalized exports and a trajectory summary, mkstemp crash leftovers
// (`<id>_context_<random>.tmp`), and the shared files: `activation.json` (rewritten on
// every prompt, names no session), `context.json` and `session-metadata.json` (the latest
// session) and `current-transcript.jsonl` (a symlink to its transcript). With `claudeDir`,
// Claude Code's own transcripts sit under `<claudeDir>/projects/<sanitized cwd>/<id>.jsonl`
// for three sessions in four (the fourth was cleaned up by Claude Code's retention).

export interface GenerateOptions {
  sessions: number;
  seed?: number;
  toolOutputs?: number;
  /** One output in `largeEvery` is 10–40 KB; the rest 0.5–3 KB. */
  largeEvery?: number;
  /** Write Claude Code transcripts under `<claudeDir>/projects/` (see above). */
  claudeDir?: string;
}

/** The id of generated session `s`. */
export const generatedId = (s: number) => `${pad(s)}aaaa-bbbb-4ccc-8ddd-${pad(s)}eeeeee`;
/** The cwd Claude Code recorded for generated session `s`. */
export const generatedCwd = (s: number) => `/home/dev/projects/app_${s % 5}.v2`;
/** Whether Claude Code's transcript of session `s` is on disk (when a claudeDir is given). */
export const hasTranscript = (s: number) => s % 4 !== 3;
/** Sessions that carry an mkstemp leftover of an interrupted context write. */
export const hasLeftover = (s: number) => s % 5 === 2;
/** Where Claude Code keeps the transcript of session `s` (its project folder: the sanitized cwd). */
export const transcriptPathOf = (claudeDir: string, s: number) =>
  join(claudeDir, "projects", generatedCwd(s).replace(/[^a-zA-Z0-9]/g, "-"), `${generatedId(s)}.jsonl`);

/** A genuine Claude Code transcript, its session id and cwd rewritten to session `s`'s. */
function transcriptOf(s: number): string {
  const genuine = readFileSync(claudeSamplePath("transcript-main-short.v2.1.38.jsonl"), "utf8");
  return genuine
    .split("\n")
    .map((line) => {
      try {
        const v = JSON.parse(line) as Record<string, unknown>;
        if ("sessionId" in v) v.sessionId = generatedId(s);
        if ("cwd" in v) v.cwd = generatedCwd(s);
        return JSON.stringify(v);
      } catch {
        return line;
      }
    })
    .join("\n");
}

const WORDS =
  "the of and to in is that for it as with was on be by this are from at or an not have def return import const error test file line".split(
    " ",
  );

function text(r: () => number, bytes: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    const w = r() < 0.05 ? "\n" : WORDS[Math.floor(r() * WORDS.length)]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ");
}

function pad(n: number): string {
  return String(n).padStart(6, "0");
}

/** Write the legacy layout under `base` (rlm-state, rlm-externalized, rlm-trajectories); returns total bytes. */
export function generateLegacy(base: string, o: GenerateOptions): number {
  const r = seededRandom(o.seed ?? 1);
  const state = join(base, "rlm-state");
  mkdirSync(state, { recursive: true });
  mkdirSync(join(base, "rlm-trajectories"), { recursive: true });
  let total = 0;
  const put = (path: string, data: string) => {
    writeFileSync(path, data);
    total += Buffer.byteLength(data);
  };
  for (let s = 0; s < o.sessions; s++) {
    const id = generatedId(s);
    const t0 = 1_700_000_000 + s * 3600;
    const files: Record<string, string> = {};
    for (let f = 0; f < 2; f++)
      files[`/repo/src/module_${s}_${f}.py`] = text(r, 1500 + Math.floor(r() * 1500));
    put(
      join(state, `${id}.json`),
      JSON.stringify(
        {
          session_id: id,
          created_at: t0,
          updated_at: t0 + 900,
          rlm_active: s % 3 === 0,
          current_depth: s % 3,
          total_recursive_calls: s % 7,
          total_tokens_used: 1000 + s,
          working_memory: { last_tool: { name: "Bash", input_preview: "make" } },
          file_cache: files,
          tool_outputs_count: o.toolOutputs ?? 7,
          trajectory_path: null,
          trajectory_events_count: s % 11,
        },
        null,
        2,
      ),
    );
    const outputs = Array.from({ length: o.toolOutputs ?? 7 }, (_, i) => ({
      tool_name: ["Bash", "Read", "Grep", "Edit"][i % 4],
      content: text(
        r,
        i % (o.largeEvery ?? 5) === 4 ? 10_000 + Math.floor(r() * 30_000) : 500 + Math.floor(r() * 2500),
      ),
      exit_code: i % 6 === 5 ? 1 : 0,
      timestamp: t0 + 10 + i * 20,
    }));
    const messages = Array.from({ length: 6 }, (_, i) => ({
      role: i % 2 ? "assistant" : "user",
      content: text(r, 200),
      timestamp: t0 + i * 15,
    }));
    const context = JSON.stringify(
      { messages, files, tool_outputs: outputs, working_memory: { step: s } },
      null,
      2,
    );
    put(join(state, `${id}_context.json`), context);
    // tempfile.mkstemp(prefix=f"{id}_context_", suffix=".tmp"), killed mid-write.
    if (hasLeftover(s))
      put(
        join(state, `${id}_context_${(s * 7919).toString(36).padStart(8, "k")}.tmp`),
        context.slice(0, 300),
      );
    if (o.claudeDir !== undefined && hasTranscript(s)) {
      const path = transcriptPathOf(o.claudeDir, s);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, transcriptOf(s));
    }
    const lines = Object.keys(files).map((f, i) =>
      JSON.stringify({ timestamp: new Date((t0 + 30 + i) * 1000).toISOString(), tool: "Read", file: f }),
    );
    put(join(state, `file-access-${id}.jsonl`), `${lines.join("\n")}\n`);
    if (s % 4 === 0) {
      const ext = join(base, "rlm-externalized", id);
      mkdirSync(ext, { recursive: true });
      put(
        join(ext, `manifest_${t0 + 500}.json`),
        JSON.stringify({
          session_id: id,
          timestamp: t0 + 500,
          context_stats: { messages: 6, files: 2, tool_outputs: 3 },
        }),
      );
      put(join(ext, `conversation_${t0 + 500}.json`), JSON.stringify(messages.slice(0, 3)));
    }
    if (s % 2 === 0) {
      put(
        join(base, "rlm-trajectories", `20231114_${id}_summary.json`),
        JSON.stringify({
          session_id: id,
          date: "20231114",
          duration_info: { created_at: t0, ended_at: t0 + 1000 },
          rlm_stats: {
            was_active: true,
            max_depth: 2,
            total_recursive_calls: s % 7,
            total_tokens_used: 1000 + s,
            trajectory_events: s % 11,
          },
        }),
      );
    }
  }
  if (o.sessions > 0) total += writeGlobals(base, o);
  return total;
}

/** The shared files the old plugin's hooks leave in `rlm-state/`, all about the latest session. */
function writeGlobals(base: string, o: GenerateOptions): number {
  const state = join(base, "rlm-state");
  const last = o.sessions - 1;
  const id = generatedId(last);
  const transcript = transcriptPathOf(o.claudeDir ?? "/home/dev/.claude", last);
  const files: Record<string, string> = {
    // UserPromptSubmit's complexity check, rewritten on every prompt: names no session.
    "activation.json": `${JSON.stringify({ activate_rlm: true, reason: "multi-file refactor" }, null, 2)}\n`,
    "context.json": `${JSON.stringify(
      {
        conversation: [{ role: "user", content: "refactor the parser" }],
        files: {},
        tool_outputs: [{ tool: "Bash", content: "ok" }],
        working_memory: {},
        session_id: id,
        rlm_active: true,
        last_tool: { name: "Bash", input: "make" },
      },
      null,
      2,
    )}\n`,
    // The SessionStart shell hook's heredoc (one pair per line).
    "session-metadata.json": `{\n  "session_id": "${id}",\n  "transcript_path": "${transcript}",\n  "cwd": "${generatedCwd(last)}",\n  "started_at": "2023-11-14T22:13:20Z"\n}\n`,
  };
  let total = 0;
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(state, name), text);
    total += Buffer.byteLength(text);
  }
  // Dangling when the transcript is gone (or no Claude folder was generated).
  symlinkSync(transcript, join(state, "current-transcript.jsonl"));
  return total;
}
