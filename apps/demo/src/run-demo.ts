import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InvalidationChange } from "@rlm/cells";
import { type CellExecutors, openCells, type ReplayReport, withCachedResponse } from "@rlm/cells";
import type { SessionState } from "@rlm/session-schema";
import { createSessionStore } from "@rlm/session-store";
import { NOTES_V1, NOTES_V2, SAMPLE_BASH_CALL, SAMPLE_SESSION } from "./scenario.js";

export interface DemoResult {
  root: string;
  sessionId: string;
  state: SessionState;
  invalidated: InvalidationChange[];
  replay: ReplayReport;
  cellCount: number;
}

const sha = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;

/**
 * A session's life in miniature, through the real packages: create, link, record
 * activation/tokens/tool output/file access/logs, a small DAG of cells, then a file edit
 * that invalidates two of them and a replay that re-runs exactly those.
 */
export async function runDemo(root: string): Promise<DemoResult> {
  const store = createSessionStore({ root });
  const id = SAMPLE_SESSION.session_id;
  const project = join(root, "..", "project");
  mkdirSync(project, { recursive: true });
  const notes = join(project, "notes.md");
  writeFileSync(notes, NOTES_V1);

  store.create(id, { cwd: SAMPLE_SESSION.cwd, transcriptPath: SAMPLE_SESSION.transcript_path });
  store.setCurrent(id);
  store.setActivation(id, {
    active: true,
    reason: "complexity 0.72: multi-file task",
    complexityScore: 0.72,
  });
  store.setDepth(id, 1);
  store.addTokens(id, { tokens: 1840, costUsd: 0.0061, model: "claude-haiku-4-5" });
  store.addRecursiveCall(id);

  const cells = openCells(store, id, { cwd: project });
  const bash = cells.create({
    type: "tool",
    input: { source: "hook", operation: SAMPLE_BASH_CALL.tool_name, args: SAMPLE_BASH_CALL.tool_input },
    extra: { tool_use_id: SAMPLE_BASH_CALL.tool_use_id },
    output: { result: SAMPLE_BASH_CALL.tool_response, executionTimeMs: 41 },
  });
  store.recordToolOutput(id, {
    toolName: "Bash",
    content: SAMPLE_BASH_CALL.tool_response.stdout,
    exitCode: 0,
    cellId: bash.cell_id,
  });

  const read = cells.create({
    type: "repl",
    code: "read(notes.md)",
    input: {
      source: "repl",
      operation: "read_file",
      args: { path: notes },
      context_snapshot: { files: { [notes]: sha(NOTES_V1) } },
    },
  });
  cells.complete(read.cell_id, { result: NOTES_V1, executionTimeMs: 0.2 });
  store.recordFileAccess(id, { path: notes, hash: sha(NOTES_V1), sizeBytes: Buffer.byteLength(NOTES_V1) });
  store.appendFileAccess(id, { tool: "Read", file: notes, cell_id: read.cell_id });

  const count = cells.create({ type: "repl", code: "count bullet points", dependencies: [read.cell_id] });
  cells.complete(count.cell_id, { result: 2 });
  const summary = cells.create({
    type: "llm_call",
    dependencies: [read.cell_id],
    input: { operation: "summarize" },
    metadata: { model: "claude-haiku-4-5", tokens_used: 412 },
  });
  const llmText = "A two-step plan: split the parser, then add tests.";
  cells.complete(summary.cell_id, { result: llmText, cachedResponse: llmText });
  const check = cells.create({
    type: "verification",
    code: "count >= 1",
    dependencies: [count.cell_id, summary.cell_id],
  });
  cells.complete(check.cell_id, { result: true });
  store.appendTrace(id, { cell_id: summary.cell_id, kind: "trace", text: "summarize before editing" });
  store.appendDecision(id, { cell_id: check.cell_id, kind: "decision", text: "plan verified; proceed" });
  cells.flush();

  // The user edits the file: the cells that read it, and everything downstream, go stale.
  writeFileSync(notes, NOTES_V2);
  const invalidated = cells.invalidate({ checkDisk: true });
  const executors: CellExecutors = {
    repl: (cell, deps) => {
      if (cell.input.operation === "read_file")
        return readFileSync(String((cell.input.args as { path: string }).path), "utf8");
      const text = String(Object.values(deps)[0]?.result ?? "");
      return text.split("\n").filter((l) => l.startsWith("- ")).length;
    },
    llm_call: (cell) => withCachedResponse(cell.output.result, cell.output.cached_response),
    verification: (_cell, deps) => Object.values(deps).every((d) => d.error === null),
  };
  const replay = await cells.replay("stale", executors);
  cells.flush();
  store.update(id, (s) => ({ ...s, cells: { ...s.cells, count: cells.list().length } }));
  store.end(id);
  return { root, sessionId: id, state: store.load(id), invalidated, replay, cellCount: cells.list().length };
}
