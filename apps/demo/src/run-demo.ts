import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CellStore, openCells } from "@rlm/cells";
import { type HookPayload, payloadsFromTranscript } from "@rlm/hooks";
import type { SessionState } from "@rlm/session-schema/core";
import { createSessionStore } from "@rlm/session-store";
import { hookBundle, SAMPLE_TRANSCRIPT } from "./locate.js";
import { materializeReads } from "./materialize.js";
import { type Sent, sendHook } from "./send-hook.js";

export interface CellRow {
  cellId: string;
  type: string;
  status: string;
  reason: string | null;
  operation: string | null;
  summary: string;
  dependencies: readonly string[];
}

export interface DemoResult {
  root: string;
  project: string;
  transcript: string;
  sessionId: string;
  events: Sent[];
  state: SessionState;
  cells: CellRow[];
  edit: { file: string; editCell: string; staleAfterEdit: CellRow[]; reread: CellRow } | null;
  hookErrors: string;
}

/** What a tool call was about (its path, command, pattern or query); the renderer shortens it. */
function summaryOf(args: unknown): string {
  const a = (args ?? {}) as Record<string, unknown>;
  const v = a.file_path ?? a.command ?? a.pattern ?? a.query ?? a.url ?? a.agent_type ?? "";
  return typeof v === "string" ? v : JSON.stringify(v);
}

function rows(cells: CellStore): CellRow[] {
  return cells.list().map((s) => {
    const body = cells.getStored(s.cellId);
    return {
      cellId: s.cellId,
      type: s.type,
      status: s.status,
      reason: s.statusReason,
      operation: body.input.operation,
      summary: summaryOf(body.input.args),
      dependencies: s.dependencies,
    };
  });
}

/** The project directory a transcript ran in (its first `cwd`). */
function transcriptCwd(text: string): string | null {
  for (const line of text.split("\n")) {
    const m = /"cwd":"((?:[^"\\]|\\.)*)"/.exec(line);
    if (m?.[1] !== undefined) return JSON.parse(`"${m[1]}"`) as string;
  }
  return null;
}

/**
 * A real session's life: a genuine Claude Code transcript turned back into the hook
 * payloads Claude Code sent while writing it, each sent through the built rlm-hook as a
 * child process into a temporary HOME; then an Edit of a file the session read (through
 * the hooks as well) and a second Read, to show lineage and invalidation.
 */
export function runDemo(base: string, transcriptPath = SAMPLE_TRANSCRIPT): DemoResult {
  const bundle = hookBundle();
  const home = join(base, "home");
  const project = join(base, "project");
  const root = join(home, ".claude", "rlm-sessions");
  mkdirSync(project, { recursive: true });
  const text = readFileSync(transcriptPath, "utf8");
  const from = transcriptCwd(text);
  const sample = payloadsFromTranscript(text, { transcriptPath });
  const sessionId = sample[0]?.session_id ?? "demo";
  // Claude Code keeps its transcript at ~/.claude/projects/<project dir with - for />/<id>.jsonl
  const transcript = join(
    home,
    ".claude",
    "projects",
    project.replace(/[^A-Za-z0-9]/g, "-"),
    `${sessionId}.jsonl`,
  );
  mkdirSync(join(transcript, ".."), { recursive: true });
  copyFileSync(transcriptPath, transcript);
  const payloads = payloadsFromTranscript(text, {
    transcriptPath: transcript,
    ...(from === null ? {} : { rewrite: { from, to: project } }),
  });
  materializeReads(payloads);
  const env = { ...process.env, HOME: home, RLM_SESSIONS_DIR: root, RLM_CONFIG: "", CLAUDE_ENV_FILE: "" };
  const events: Sent[] = [];
  const send = (p: HookPayload | Record<string, unknown>) => events.push(sendHook(bundle, p, env));
  const end = payloads.filter((p) => p.hook_event_name === "SessionEnd");
  for (const p of payloads) if (p.hook_event_name !== "SessionEnd") send(p);

  const store = createSessionStore({ root });
  const cells = openCells(store, sessionId);
  const edit = editAndReread(payloads, send, cells);
  for (const p of end) send(p);
  let hookErrors = "";
  try {
    hookErrors = readFileSync(join(root, "hook-errors.log"), "utf8");
  } catch {
    /* none: good */
  }
  return {
    root,
    project,
    transcript,
    sessionId,
    events,
    state: store.load(sessionId),
    cells: rows(cells),
    edit,
    hookErrors,
  };
}

/** Edit the first file the transcript read (Pre/Post through rlm-hook), read it again, end the turn. */
function editAndReread(
  payloads: readonly HookPayload[],
  send: (p: Record<string, unknown>) => void,
  cells: CellStore,
): DemoResult["edit"] {
  const read = payloads.find((p) => p.hook_event_name === "PostToolUse" && p.tool_name === "Read");
  const file = (read?.tool_input as { file_path?: string } | undefined)?.file_path;
  if (read === undefined || file === undefined) return null;
  const common = {
    session_id: read.session_id,
    transcript_path: read.transcript_path,
    cwd: read.cwd,
    permission_mode: "default",
  };
  const before = readFileSync(file, "utf8");
  const marker = "\n// edited in the rlm demo: an Edit seen by the hooks\n";
  const input = {
    file_path: file,
    old_string: before.slice(-40),
    new_string: `${before.slice(-40)}${marker}`,
  };
  send({
    ...common,
    hook_event_name: "UserPromptSubmit",
    prompt: "add a note at the end of that file, then read it again",
  });
  send({
    ...common,
    hook_event_name: "PreToolUse",
    tool_name: "Edit",
    tool_input: input,
    tool_use_id: "toolu_demo_edit",
  });
  writeFileSync(file, `${before}${marker}`);
  send({
    ...common,
    hook_event_name: "PostToolUse",
    tool_name: "Edit",
    tool_input: input,
    tool_response: {
      filePath: file,
      oldString: input.old_string,
      newString: input.new_string,
      userModified: false,
      replaceAll: false,
    },
    tool_use_id: "toolu_demo_edit",
  });
  const rows1 = rows(cells);
  const editCell = cells.findKey("toolu_demo_edit") as string;
  const staleAfterEdit = rows1.filter((r) => r.status === "stale");
  const content = readFileSync(file, "utf8");
  send({
    ...common,
    hook_event_name: "PreToolUse",
    tool_name: "Read",
    tool_input: { file_path: file },
    tool_use_id: "toolu_demo_reread",
  });
  send({
    ...common,
    hook_event_name: "PostToolUse",
    tool_name: "Read",
    tool_input: { file_path: file },
    tool_response: {
      type: "text",
      file: {
        filePath: file,
        content,
        numLines: content.split("\n").length,
        startLine: 1,
        totalLines: content.split("\n").length,
      },
    },
    tool_use_id: "toolu_demo_reread",
  });
  send({
    ...common,
    hook_event_name: "Stop",
    stop_hook_active: false,
    last_assistant_message: "Added the note and read the file again.",
  });
  const rereadId = cells.findKey("toolu_demo_reread") as string;
  const reread = rows(cells).find((r) => r.cellId === rereadId) as CellRow;
  return { file, editCell, staleAfterEdit, reread };
}
