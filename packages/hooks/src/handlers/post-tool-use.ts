import { statSync } from "node:fs";
import type { Cell } from "@rlm/session-schema/core";
import type { HookContext } from "../context.js";
import { type HookInput, num, text } from "../hook-input.js";
import { type Effect, type HookResult, quiet } from "../hook-result.js";
import { completeKeyed } from "../keyed.js";
import { redactDeep } from "../redact-payload.js";
import { ensureSession, recordEvents } from "../session.js";
import { toolCallOf, toolCellSpec } from "../tools/tool-cell.js";
import { accessLines, readsBefore, readsFromResult, writesOf } from "../tools/tool-files.js";
import { exitCodeOf, toolOutputText } from "../tools/tool-output-text.js";

/**
 * PostToolUse / PostToolUseFailure: complete the tool call's cell (`done` with the whole,
 * redacted response; `error` with the failure) or create it completed; the tool-output
 * window (a redacted preview ≤ 1000 chars); `context.files`; `file-access.jsonl`. An
 * Edit / Write / MultiEdit / NotebookEdit makes the cells that read other content of the
 * file stale, transitively (a file mark in the cells journal: no index is loaded here).
 */
export function postToolUse(ctx: HookContext, input: HookInput, failed: boolean): HookResult {
  const effects: Effect[] = [];
  ensureSession(ctx, input, effects);
  const call = toolCallOf(input);
  const cells = ctx.cells(input.session_id);
  const response = failed ? undefined : input.tool_response;
  const error = failed ? failureText(input) : undefined;
  const writes = failed ? [] : writesOf(call.tool, call.input);
  const reads = failed ? [] : readsFromResult(call.tool, call.input, response, text(input, "cwd"));
  // a search depends on the cells that last wrote the files it matched
  const writers = [...new Set(reads.map((p) => cells.lastWriter(p)).filter((w): w is string => w !== null))];
  const outcome = {
    result: failed ? null : redactDeep(response ?? null, ctx.redact),
    error: error === undefined ? null : ctx.redact(error),
    executionTimeMs: num(input, "duration_ms") ?? null,
    ...(writes.length > 0 ? { writes } : {}),
    ...(reads.length > 0 ? { reads } : {}),
    ...(writers.length > 0 ? { dependencies: writers } : {}),
    ...(input.is_interrupt === true ? { reason: "interrupted by the user" } : {}),
  };
  // The same event twice (a plugin hook and an identical settings hook both run: Claude
  // Code does not deduplicate them) is recorded once: a cell that already has this outcome
  // is left alone, and a repeat never counts the call or fills the window again.
  const existing = call.toolUseId === undefined ? null : cells.findKey(call.toolUseId);
  const previous = existing === null ? null : cells.getStored(existing);
  const repeat = previous !== null && previous.status !== "pending";
  if (repeat && sameOutcome(previous, outcome))
    return quiet([
      { kind: "cell_existed", cellId: previous.cell_id, ...(call.toolUseId ? { key: call.toolUseId } : {}) },
    ]);
  const { cell } = completeKeyed(cells, call.toolUseId, toolCellSpec(ctx, cells, input, call), outcome);
  const cellId = cell.cell_id;
  effects.push({
    kind: failed ? "cell_failed" : "cell_completed",
    cellId,
    ...(call.toolUseId ? { key: call.toolUseId } : {}),
  });
  if (writes.length > 0) effects.push({ kind: "files_changed", paths: writes });
  if (repeat) return quiet(effects);

  const touched = [...new Set([...readsBefore(call.tool, call.input), ...writes, ...reads])];
  const known: Record<string, unknown> = {
    ...cell.input.context_snapshot.files,
    ...(cell.extra?.writes as Record<string, unknown> | undefined),
  };
  const entries = touched.map((path) => fileEntry(path, known[path]));
  const lines = accessLines(call.tool, call.input).map((line) => ({ ...line, cell_id: cellId }));
  recordEvents(
    ctx,
    input.session_id,
    [
      {
        type: "tool_output",
        toolName: call.tool,
        // from the redacted response: strings are redacted one by one before any JSON text
        // is made of them (in JSON a secret at a line start follows `\n`, not a newline)
        content: failed ? (outcome.error ?? "") : toolOutputText(call.tool, outcome.result),
        exitCode: exitCodeOf(call.tool, failed, error),
        cellId,
      },
      ...entries.map((e) => ({ type: "file" as const, ...e })),
    ],
    failed ? { tool_calls: 1, tool_failures: 1 } : { tool_calls: 1 },
    { byTool: call.tool, fileAccess: lines },
  );
  effects.push({ kind: "state_updated", fields: ["context.tool_outputs", "context.files", "trajectory"] });
  if (lines.length > 0) effects.push({ kind: "file_access_logged", lines: lines.length });
  return quiet(effects);
}

function sameOutcome(cell: Cell, outcome: { result: unknown; error: string | null }): boolean {
  return (
    cell.output.error === outcome.error &&
    JSON.stringify(cell.output.result) === JSON.stringify(outcome.result)
  );
}

function failureText(input: HookInput): string {
  const e = input.error;
  if (typeof e === "string" && e !== "") return e;
  if (e !== undefined && e !== null) return JSON.stringify(e);
  return input.is_interrupt === true ? "interrupted" : "tool failed";
}

/** A context.files entry: the hash the cell recorded (the files are not hashed twice), the size now. */
function fileEntry(
  path: string,
  recorded: unknown,
): { path: string; hash: string | null; sizeBytes: number | null } {
  const st = statSync(path, { throwIfNoEntry: false });
  const hash = typeof recorded === "string" && recorded.startsWith("sha256:") ? recorded : null;
  return { path, hash, sizeBytes: st?.isFile() ? st.size : null };
}
