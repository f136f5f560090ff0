import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { openCells, snapshotFiles } from "@rlm/cells";
import { createSessionStore, mkdirpSync } from "@rlm/session-store";

export interface BuiltSession {
  root: string;
  sessionId: string;
  /** The project directory (session cwd) holding `app.py`, `notes.md`, `lib.ts`. */
  cwd: string;
  /** name → cell id: `read` (tool Read of app.py), `grep` (tool Grep), `analysis` (repl, reads app.py, depends on read), `summary` (repl, depends on analysis), `pending` (tool, pending). */
  cells: Record<string, string>;
}

export const APP_PY = `import os

class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self,
              punctuation="!"):
        def shout(s):
            return s.upper()
        return shout("hello " + self.name) + punctuation


async def main():
    print(Greeter(os.getenv("USER", "you")).greet())
`;

/**
 * A session built through the store and cells APIs, shaped like a hook-recorded one:
 * tool cells (`input.operation` = tool name, `input.args` = tool input, `extra.tool_use_id`),
 * a repl cell that read a project file, a dependent cell, a pending tool call, working
 * memory, tool-output previews, tracked files and (optionally) a linked transcript.
 */
export function buildSession(
  root: string,
  o: { sessionId?: string; transcript?: string; setCurrent?: boolean } = {},
): BuiltSession {
  const sessionId = o.sessionId ?? "5f1c2d3e-0000-4000-8000-00000000abcd";
  const cwd = join(root, "..", `project-${sessionId.slice(0, 8)}`);
  mkdirpSync(cwd, 0o700);
  writeFileSync(join(cwd, "app.py"), APP_PY);
  writeFileSync(join(cwd, "notes.md"), "# Notes\n\nTODO: retry on timeout\nThe parser lives in lib.ts.\n");
  writeFileSync(
    join(cwd, "lib.ts"),
    'export function parse(text: string): string[] {\n  return text.split("\\n");\n}\n',
  );
  const store = createSessionStore({ root });
  store.create(sessionId, { cwd, ...(o.transcript ? { transcriptPath: o.transcript } : {}) });
  if (o.setCurrent !== false) store.setCurrent(sessionId);
  const app = join(cwd, "app.py");
  const notes = join(cwd, "notes.md");
  const now = Date.now() / 1000;
  store.update(sessionId, (s) => {
    s.context.files[app] = { hash: null, size_bytes: APP_PY.length, first_access: now, last_access: now };
    s.context.files[notes] = { hash: null, size_bytes: 60, first_access: now, last_access: now };
    s.context.working_memory = { plan: "fix the greeter", last_tool: { name: "Read" } };
    s.context.tool_outputs.push({
      tool_name: "Bash",
      content_preview: "tests passed: 12",
      exit_code: 0,
      timestamp: now,
      cell_id: null,
    });
  });
  const cells = openCells(store, sessionId, { fsync: false });
  const read = cells.create({
    type: "tool",
    input: {
      source: "hook",
      operation: "Read",
      args: { file_path: app },
      context_snapshot: { files: snapshotFiles([app]) },
    },
    extra: { tool_use_id: "toolu_01AAA" },
    output: { result: APP_PY },
  });
  const grep = cells.create({
    type: "tool",
    input: { source: "hook", operation: "Grep", args: { pattern: "TODO" } },
    extra: { tool_use_id: "toolu_01BBB" },
    output: { result: "notes.md:3:TODO: retry on timeout" },
  });
  const analysis = cells.create({
    type: "repl",
    input: {
      source: "rlm-repl",
      operation: "extract_functions",
      args: { path: app },
      context_snapshot: { files: snapshotFiles([app]) },
    },
    dependencies: [read.cell_id],
    output: { result: { count: 4 } },
  });
  const summary = cells.create({
    type: "repl",
    input: { source: "rlm-repl", operation: "stats", args: {} },
    dependencies: [analysis.cell_id],
    output: { result: { summary: "The greeter shouts." } },
  });
  const pending = cells.create({
    type: "tool",
    input: { source: "hook", operation: "Bash", args: { command: "pytest" } },
    extra: { tool_use_id: "toolu_01CCC" },
  });
  cells.flush();
  return {
    root,
    sessionId,
    cwd,
    cells: {
      read: read.cell_id,
      grep: grep.cell_id,
      analysis: analysis.cell_id,
      summary: summary.cell_id,
      pending: pending.cell_id,
    },
  };
}
