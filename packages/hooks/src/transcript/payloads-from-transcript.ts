// A Claude Code transcript (JSONL, CLAUDE-CODE-HOOKS.md §4) turned back into the hook
// payloads Claude Code sent while writing it: SessionStart; per turn a UserPromptSubmit,
// PreToolUse for every tool_use, PostToolUse (or PostToolUseFailure) for every
// tool_result, and Stop when the turn ended normally (not on an interrupt); SessionEnd.
// A tool use the user rejected gets no Post event (Claude Code fires none for a permission
// denial), exactly as in a live session. A subagent's sidechain transcript is replayed
// inside SubagentStart / SubagentStop with its agent id. Unknown line types and lines
// that do not parse are skipped. Used by the demo, the tests and anyone re-recording an
// old session.

export type HookPayload = Record<string, unknown> & { session_id: string; hook_event_name: string };

export interface TranscriptReplayOptions {
  /** Where the transcript is (sent as `transcript_path`). */
  transcriptPath: string;
  /** Default: the `sessionId` of the transcript's lines. */
  sessionId?: string;
  /** Rewrite every string that starts with `from` (paths of the recorded machine → a local directory). */
  rewrite?: { from: string; to: string };
}

interface Block {
  type?: string;
  id?: string;
  name?: string;
  input?: unknown;
  text?: string;
  tool_use_id?: string;
  content?: unknown;
  is_error?: boolean;
}

interface Line {
  type?: string;
  sessionId?: string;
  cwd?: string;
  isMeta?: boolean;
  isSidechain?: boolean;
  agentId?: string;
  message?: { content?: string | Block[]; model?: string };
  toolUseResult?: unknown;
}

const REJECTED = "User rejected tool use";

function parseLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") continue;
    try {
      const v = JSON.parse(raw) as unknown;
      if (typeof v === "object" && v !== null && !Array.isArray(v)) out.push(v as Line);
    } catch {
      /* a torn or foreign line: skipped, as Claude Code's own readers do */
    }
  }
  return out;
}

function rewriter(opt: TranscriptReplayOptions["rewrite"]): (v: unknown) => unknown {
  if (opt === undefined) return (v) => v;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return v.includes(opt.from) ? v.split(opt.from).join(opt.to) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === "object" && v !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk;
}

function blockText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content))
    return content
      .map((b) =>
        typeof b === "object" && b !== null && typeof (b as Block).text === "string" ? (b as Block).text : "",
      )
      .filter((t) => t !== "")
      .join("\n");
  return "";
}

/** A typed prompt (not a tool result, not an injected/meta line, not a local slash command's echo). */
function promptOf(line: Line): string | null {
  if (line.type !== "user" || line.isMeta === true) return null;
  const c = line.message?.content;
  const prompt =
    typeof c === "string"
      ? c
      : Array.isArray(c) && c.every((b) => b.type === "text")
        ? c.map((b) => b.text ?? "").join("\n")
        : null;
  if (prompt === null || prompt === "") return null;
  if (/^\s*<(command-name|local-command-[a-z]+)>/.test(prompt)) return null;
  if (prompt.startsWith("[Request interrupted")) return null;
  return prompt;
}

const interrupted = (line: Line): boolean =>
  line.type === "user" && blockText(line.message?.content).startsWith("[Request interrupted");

/** The hook payloads, in the order Claude Code sent them. */
export function payloadsFromTranscript(
  transcriptText: string,
  options: TranscriptReplayOptions,
): HookPayload[] {
  const lines = parseLines(transcriptText);
  const map = rewriter(options.rewrite);
  const first = lines.find((l) => typeof l.sessionId === "string");
  const sessionId = options.sessionId ?? first?.sessionId ?? "unknown-session";
  const cwdLine = lines.find((l) => typeof l.cwd === "string");
  const cwd = cwdLine?.cwd === undefined ? undefined : (map(cwdLine.cwd) as string);
  const agentId = lines.find((l) => l.isSidechain === true && typeof l.agentId === "string")?.agentId;
  const base = (event: string, extra: Record<string, unknown> = {}): HookPayload => ({
    session_id: sessionId,
    transcript_path: options.transcriptPath,
    ...(cwd === undefined ? {} : { cwd }),
    ...(agentId === undefined ? {} : { agent_id: agentId, agent_type: "general-purpose" }),
    hook_event_name: event,
    ...extra,
  });
  const out: HookPayload[] = [];
  const model = lines.find((l) => l.type === "assistant" && typeof l.message?.model === "string")?.message
    ?.model;
  if (agentId === undefined)
    out.push(base("SessionStart", { source: "startup", ...(model ? { model } : {}) }));
  else out.push(base("SubagentStart"));
  const uses = new Map<string, { name: string; input: unknown }>();
  let inTurn = false;
  let lastText: string | null = null;
  const endTurn = () => {
    if (inTurn && agentId === undefined)
      out.push(
        base("Stop", {
          stop_hook_active: false,
          ...(lastText === null ? {} : { last_assistant_message: map(lastText) }),
        }),
      );
    inTurn = false;
    lastText = null;
  };
  for (const line of lines) {
    const prompt = promptOf(line);
    if (prompt !== null) {
      endTurn();
      out.push(base("UserPromptSubmit", { prompt: map(prompt), permission_mode: "default" }));
      inTurn = true;
      continue;
    }
    if (interrupted(line)) {
      inTurn = false; // Claude Code fires no Stop on a user interrupt
      continue;
    }
    const content = line.message?.content;
    if (!Array.isArray(content)) continue;
    if (line.type === "assistant") {
      inTurn = true;
      for (const b of content) {
        if (b.type === "text" && typeof b.text === "string") lastText = b.text;
        if (b.type !== "tool_use" || typeof b.id !== "string" || typeof b.name !== "string") continue;
        const input = map(b.input ?? {});
        uses.set(b.id, { name: b.name, input });
        out.push(
          base("PreToolUse", {
            permission_mode: "default",
            tool_name: b.name,
            tool_input: input,
            tool_use_id: b.id,
          }),
        );
      }
    } else if (line.type === "user") {
      for (const b of content) {
        if (b.type !== "tool_result" || typeof b.tool_use_id !== "string") continue;
        const use = uses.get(b.tool_use_id);
        if (use === undefined) continue;
        const result = line.toolUseResult;
        if (result === REJECTED) continue; // a permission denial: no Post event
        const common = {
          permission_mode: "default",
          tool_name: use.name,
          tool_input: use.input,
          tool_use_id: b.tool_use_id,
        };
        const duration = (result as { durationMs?: unknown } | null)?.durationMs;
        if (b.is_error === true)
          out.push(base("PostToolUseFailure", { ...common, error: map(blockText(b.content)) }));
        else
          out.push(
            base("PostToolUse", {
              ...common,
              tool_response: map(result ?? blockText(b.content)),
              ...(typeof duration === "number" ? { duration_ms: duration } : {}),
            }),
          );
      }
    }
  }
  endTurn();
  if (agentId === undefined) out.push(base("SessionEnd", { reason: "other" }));
  else
    out.push(
      base("SubagentStop", {
        stop_hook_active: false,
        agent_transcript_path: options.transcriptPath,
        ...(lastText === null ? {} : { last_assistant_message: map(lastText) }),
      }),
    );
  return out;
}
