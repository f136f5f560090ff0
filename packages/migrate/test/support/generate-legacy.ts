import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "@rlm/test-utils/bench";

// A deterministic legacy layout of many sessions, shaped like real ones: a state file with
// cached files, a context file with messages and tool outputs (a few of them large), a
// file-access log, and for some sessions externalized exports and a trajectory summary.

export interface GenerateOptions {
  sessions: number;
  seed?: number;
  toolOutputs?: number;
  /** One output in `largeEvery` is 10–40 KB; the rest 0.5–3 KB. */
  largeEvery?: number;
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

const pad = (n: number) => String(n).padStart(6, "0");

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
    const id = `${pad(s)}aaaa-bbbb-4ccc-8ddd-${pad(s)}eeeeee`;
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
    put(
      join(state, `${id}_context.json`),
      JSON.stringify({ messages, files, tool_outputs: outputs, working_memory: { step: s } }, null, 2),
    );
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
  return total;
}
