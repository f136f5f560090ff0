// The session the benchmarks write: `files` context.files entries and `outputs` tool-output
// previews of 1,000 characters (1,000 and 100 give the ~312 KiB session.json of the tables).
import type { SessionState } from "@rlm/session-schema/core";

const sha = (i: number) => `sha256:${i.toString(16).padStart(64, "0")}`;

export function bigSessionState(state: SessionState, files = 1000, outputs = 100): SessionState {
  const now = Date.now() / 1000;
  for (let i = 0; i < files; i++) {
    state.context.files[`/home/user/project/src/module-${i % 37}/file-${i}.ts`] = {
      hash: sha(i),
      size_bytes: 1000 + i * 7,
      first_access: now - 3600 + i,
      last_access: now - 60 + i / 1000,
    };
  }
  for (let i = 0; i < outputs; i++) {
    state.context.tool_outputs.push({
      tool_name: i % 2 ? "Bash" : "Read",
      content_preview: `output ${i} `.repeat(100).slice(0, 1000),
      exit_code: 0,
      timestamp: now - 100 + i,
      cell_id: `cell_${i.toString(16).padStart(8, "0")}`,
    });
  }
  return state;
}
