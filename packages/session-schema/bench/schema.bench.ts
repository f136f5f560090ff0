// How much a full validation of session.json costs next to JSON.parse of the same bytes:
// the zod-free validators of `@rlm/session-schema/core` (generated from the committed JSON
// Schemas) and the zod parsers of the main entry.
import { fmt, machineLine, measure, table } from "@rlm/test-utils/bench";
import { validateCell, validateSession } from "../src/core.js";
import { parseCell, parseSession } from "../src/index.js";

const H = `sha256:${"ab".repeat(32)}`;
const files: Record<string, unknown> = {};
for (let i = 0; i < 1000; i++)
  files[`/home/u/project/src/module-${i}/file-${i}.ts`] = {
    hash: H,
    size_bytes: i * 10,
    first_access: 1,
    last_access: 2,
  };
const doc = {
  schema_version: 1,
  metadata: { session_id: "bench", created_at: 1, updated_at: 2 },
  context: {
    files,
    tool_outputs: Array.from({ length: 100 }, (_, i) => ({
      tool_name: "Bash",
      content_preview: "x".repeat(1000),
      exit_code: 0,
      timestamp: i,
      cell_id: "cell_0000abcd",
    })),
    working_memory: { last_tool: { name: "Bash" } },
  },
};
const text = JSON.stringify(doc);
const cellText = JSON.stringify({ cell_id: "cell_00000001", created_at: 1, type: "tool", status: "done" });

const floor = measure(() => JSON.parse(text), 300);
const full = measure(() => parseSession(JSON.parse(text)), 300);
const core = measure(() => validateSession(JSON.parse(text)), 300);
const cellFloor = measure(() => JSON.parse(cellText), 5000);
const cell = measure(() => parseCell(JSON.parse(cellText)), 5000);
const coreCell = measure(() => validateCell(JSON.parse(cellText)), 5000);
const row = (name: string, m: typeof floor, f: typeof floor) => [
  name,
  fmt(m.median),
  fmt(m.p90),
  fmt(f.median),
  (m.median / f.median).toFixed(2),
];

console.log(`## @rlm/session-schema

${machineLine()}

Session with 100 tool outputs and 1,000 file entries (${(text.length / 1024).toFixed(0)} KiB).

${table(
  ["operation", "median ms", "p90 ms", "floor (JSON.parse) ms", "ratio"],
  [
    row("validateSession (JSON.parse + generated validator, core)", core, floor),
    row("parseSession (JSON.parse + zod)", full, floor),
    row("validateCell (JSON.parse + generated validator, core)", coreCell, cellFloor),
    row("parseCell (JSON.parse + zod)", cell, cellFloor),
  ],
)}
`);
