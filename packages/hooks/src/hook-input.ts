import { sessionIdProblem } from "@rlm/session-schema/core";

// What Claude Code sends on stdin (CLAUDE-CODE-HOOKS.md §2), read leniently: only
// `session_id` and `hook_event_name` are required; every other field is optional and
// type-checked where it is used; unknown fields are kept. The event union is open:
// unknown events are a no-op, never an error the user sees.

/** A parsed hook payload. Fields are `unknown` until a handler reads them with the helpers below. */
export interface HookInput {
  session_id: string;
  hook_event_name: string;
  [field: string]: unknown;
}

export type ParsedInput = { ok: true; input: HookInput } | { ok: false; reason: string };

/** Validate the two required fields of an already-parsed JSON value. */
export function parseHookInput(value: unknown): ParsedInput {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return {
      ok: false,
      reason: `stdin is not a JSON object (${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value})`,
    };
  const v = value as Record<string, unknown>;
  if (typeof v.hook_event_name !== "string" || v.hook_event_name === "")
    return { ok: false, reason: "no hook_event_name" };
  const problem = sessionIdProblem(v.session_id);
  if (problem !== null)
    return { ok: false, reason: `session_id ${describe(v.session_id)} refused: ${problem}` };
  return { ok: true, input: v as HookInput };
}

function describe(value: unknown): string {
  if (typeof value !== "string") return `(${value === undefined ? "missing" : typeof value})`;
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** A string field, or undefined. */
export function str(input: Record<string, unknown>, key: string): string | undefined {
  const v = input[key];
  return typeof v === "string" ? v : undefined;
}

/** A non-empty string field, or undefined. */
export function text(input: Record<string, unknown>, key: string): string | undefined {
  const v = str(input, key);
  return v === undefined || v === "" ? undefined : v;
}

/** An object field (not an array), or an empty object. */
export function obj(input: Record<string, unknown>, key: string): Record<string, unknown> {
  const v = input[key];
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** A finite number field, or undefined. */
export function num(input: Record<string, unknown>, key: string): number | undefined {
  const v = input[key];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
