import {
  assertJsonValue,
  checkFileEntry,
  checkToolOutputPreview,
  type SessionState,
  TOOL_OUTPUT_WINDOW,
  ValidationError,
  type ValidationIssue,
} from "@rlm/session-schema/core";
import { assertRecordKey, invalid } from "../mutations/invalid.js";
import { toolOutputPreview } from "../mutations/tool-output.js";

// A change to session.json recorded as one line of `<session>/events.jsonl` instead of a
// read-modify-write of the whole document: what a hook does on every tool call. Events are
// folded into session.json by the next `update` (and applied in memory by every `load`), in
// the order they were appended. Each event is self-contained and already in its stored
// form (a tool-output preview is redacted and cut when it is appended: the journal never
// holds more of a tool's output, or a secret, than session.json would).

/** What callers append (`store.appendEvents`). */
export type SessionEventInput =
  | {
      type: "tool_output";
      toolName: string;
      content: string;
      exitCode: number | null;
      cellId?: string | null;
    }
  | { type: "file"; path: string; hash?: string | null; sizeBytes?: number | null }
  | { type: "working_memory"; key: string; value: unknown }
  /** Add to counters: `trajectory.<name>`, `trajectory.by_tool.<tool>`, `budget.total_recursive_calls`. */
  | { type: "count"; trajectory?: Record<string, number>; byTool?: string; recursiveCalls?: number }
  /** The session continues: clear `ended_at`. */
  | { type: "reopen" };

/** One journal line. */
export type SessionEvent =
  | {
      e: "tool_output";
      at: number;
      tool_name: string;
      content_preview: string;
      exit_code: number | null;
      cell_id: string | null;
    }
  | { e: "file"; at: number; path: string; hash?: string | null; size_bytes?: number | null }
  | { e: "memory"; at: number; key: string; value: unknown }
  | {
      e: "count";
      at: number;
      trajectory?: Record<string, number>;
      by_tool?: string;
      recursive_calls?: number;
    }
  | { e: "reopen"; at: number };

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * What would make `ev` invalid in session.json (null: nothing). Checked when an event is
 * appended and again when it is read: an event that cannot be folded is skipped, never
 * left to block every later fold.
 */
export function eventIssues(ev: SessionEvent): ValidationIssue[] | null {
  if (!Number.isFinite(ev.at) || ev.at < 0) return [{ path: "at", message: "not a time" }];
  const counts = (o: Record<string, unknown> | undefined, base: string): ValidationIssue[] =>
    Object.entries(o ?? {})
      .filter(([k, n]) => k === "__proto__" || !isCount(n))
      .map(([k]) => ({ path: `${base}.${k}`, message: "not a count" }));
  let r: { ok: boolean; issues?: ValidationIssue[] };
  switch (ev.e) {
    case "tool_output":
      r = checkToolOutputPreview({
        tool_name: ev.tool_name,
        content_preview: ev.content_preview,
        exit_code: ev.exit_code,
        timestamp: ev.at,
        cell_id: ev.cell_id,
      });
      return r.ok ? null : (r.issues ?? []).map((i) => ({ ...i, path: `context.tool_outputs.${i.path}` }));
    case "file":
      if (typeof ev.path !== "string" || ev.path === "__proto__")
        return [{ path: "context.files", message: "bad path" }];
      r = checkFileEntry({
        hash: ev.hash ?? null,
        size_bytes: ev.size_bytes ?? null,
        first_access: ev.at,
        last_access: ev.at,
      });
      return r.ok
        ? null
        : (r.issues ?? []).map((i) => ({ ...i, path: `context.files.${ev.path}.${i.path}` }));
    case "memory":
      return typeof ev.key !== "string" || ev.key === "__proto__"
        ? [{ path: "context.working_memory", message: "bad key" }]
        : null;
    case "count": {
      const issues = counts(ev.trajectory, "trajectory");
      if (ev.by_tool !== undefined && (typeof ev.by_tool !== "string" || ev.by_tool === "__proto__"))
        issues.push({ path: "trajectory.by_tool", message: "bad tool name" });
      if (ev.recursive_calls !== undefined && !isCount(ev.recursive_calls))
        issues.push({ path: "budget.total_recursive_calls", message: "not a count" });
      return issues.length > 0 ? issues : null;
    }
    case "reopen":
      return null;
    default:
      return [{ path: "e", message: "unknown event" }];
  }
}

/** The stored form of an input: validated (ERR_RLM_VALIDATION), preview redacted and cut. */
export function toEvent(input: SessionEventInput, at: number, redact: (t: string) => string): SessionEvent {
  const ev = buildEvent(input, at, redact);
  const issues = eventIssues(ev);
  if (issues !== null) throw new ValidationError("session event", issues);
  return ev;
}

function buildEvent(input: SessionEventInput, at: number, redact: (t: string) => string): SessionEvent {
  switch (input.type) {
    case "tool_output":
      if (input.exitCode !== null && !Number.isInteger(input.exitCode))
        throw invalid("context.tool_outputs.exit_code", `not an integer: ${input.exitCode}`);
      return {
        e: "tool_output",
        at,
        tool_name: String(input.toolName),
        content_preview: toolOutputPreview(String(input.content), redact),
        exit_code: input.exitCode,
        cell_id: input.cellId ?? null,
      };
    case "file":
      assertRecordKey("context.files", input.path);
      return {
        e: "file",
        at,
        path: input.path,
        ...(input.hash === undefined ? {} : { hash: input.hash }),
        ...(input.sizeBytes === undefined ? {} : { size_bytes: input.sizeBytes }),
      };
    case "working_memory":
      assertRecordKey("context.working_memory", input.key);
      assertJsonValue(input.value, "session.json", undefined, `context.working_memory.${input.key}`);
      return { e: "memory", at, key: input.key, value: input.value };
    case "count": {
      for (const [k, n] of Object.entries(input.trajectory ?? {})) {
        assertRecordKey("trajectory", k);
        if (!isCount(n)) throw invalid(`trajectory.${k}`, `not a count: ${n}`);
      }
      if (input.byTool !== undefined) assertRecordKey("trajectory.by_tool", input.byTool);
      if (input.recursiveCalls !== undefined && !isCount(input.recursiveCalls))
        throw invalid("budget.total_recursive_calls", `not a count: ${input.recursiveCalls}`);
      return {
        e: "count",
        at,
        ...(input.trajectory === undefined ? {} : { trajectory: input.trajectory }),
        ...(input.byTool === undefined ? {} : { by_tool: input.byTool }),
        ...(input.recursiveCalls === undefined ? {} : { recursive_calls: input.recursiveCalls }),
      };
    }
    case "reopen":
      return { e: "reopen", at };
  }
}

/** A parsed line, or null when it is not a well-formed, foldable event (skipped and counted). */
export function parseEvent(line: string): SessionEvent | null {
  let v: SessionEvent;
  try {
    v = JSON.parse(line) as SessionEvent;
  } catch {
    return null;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  return eventIssues(v) === null ? v : null;
}

/** Apply events in order (the state is edited in place and returned). */
export function applyEvents(state: SessionState, events: readonly SessionEvent[]): SessionState {
  if (events.length === 0) return state;
  const outputs = [...state.context.tool_outputs];
  const files = { ...state.context.files };
  const memory = { ...state.context.working_memory };
  const t = { ...state.trajectory } as Record<string, unknown>;
  let byTool: Record<string, number> | null = null;
  let calls = state.budget.total_recursive_calls;
  for (const ev of events) {
    switch (ev.e) {
      case "tool_output":
        outputs.push({
          tool_name: ev.tool_name,
          content_preview: ev.content_preview,
          exit_code: ev.exit_code,
          timestamp: ev.at,
          cell_id: ev.cell_id,
        });
        break;
      case "file": {
        const prev = files[ev.path];
        files[ev.path] = {
          ...prev,
          hash: ev.hash !== undefined ? ev.hash : (prev?.hash ?? null),
          size_bytes: ev.size_bytes !== undefined ? ev.size_bytes : (prev?.size_bytes ?? null),
          first_access: prev?.first_access ?? ev.at,
          last_access: ev.at,
        };
        break;
      }
      case "memory":
        memory[ev.key] = ev.value;
        break;
      case "count":
        // own keys only: a name like "constructor" must not count from Object.prototype's
        for (const [k, n] of Object.entries(ev.trajectory ?? {}))
          t[k] = (Object.hasOwn(t, k) && typeof t[k] === "number" ? (t[k] as number) : 0) + n;
        if (ev.by_tool !== undefined) {
          byTool ??= { ...((t.by_tool as Record<string, number> | undefined) ?? {}) };
          byTool[ev.by_tool] = (Object.hasOwn(byTool, ev.by_tool) ? (byTool[ev.by_tool] as number) : 0) + 1;
        }
        calls += ev.recursive_calls ?? 0;
        break;
      case "reopen":
        state.metadata = { ...state.metadata, ended_at: null };
        break;
    }
  }
  if (byTool !== null) t.by_tool = byTool;
  state.context = {
    ...state.context,
    tool_outputs: outputs.slice(-TOOL_OUTPUT_WINDOW),
    files,
    working_memory: memory,
  };
  state.trajectory = t as SessionState["trajectory"];
  state.budget = { ...state.budget, total_recursive_calls: calls };
  return state;
}
