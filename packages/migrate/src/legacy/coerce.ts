import { type ProblemSink, warn } from "../report/problem.js";

// The legacy writers used json.dump(default=str): numbers may arrive as strings, booleans
// as "True", times as ISO text or str(datetime). These coerce what can be read and report
// (as a warning on `source#field`) what cannot; an absent value is simply null.

export interface CoerceContext {
  source: string;
  sink: ProblemSink;
}

const absent = (v: unknown) => v === undefined || v === null || v === "None" || v === "null";

function fail(ctx: CoerceContext, field: string, v: unknown, expected: string): null {
  const shown = JSON.stringify(v)?.slice(0, 60) ?? String(v);
  warn(ctx.sink, `${ctx.source}#${field}`, `could not read ${shown} as ${expected}; left unset`);
  return null;
}

export function toNumber(ctx: CoerceContext, field: string, v: unknown): number | null {
  if (absent(v)) return null;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return fail(ctx, field, v, "a number");
}

/** A non-negative integer (counters, depths): floats with a fractional part are refused. */
export function toCount(ctx: CoerceContext, field: string, v: unknown): number | null {
  const n = toNumber(ctx, field, v);
  if (n === null) return null;
  if (Number.isInteger(n) && n >= 0) return n;
  return fail(ctx, field, v, "a non-negative integer");
}

/** An integer that may be negative (exit codes). */
export function toInt(ctx: CoerceContext, field: string, v: unknown): number | null {
  const n = toNumber(ctx, field, v);
  if (n === null) return null;
  return Number.isInteger(n) ? n : fail(ctx, field, v, "an integer");
}

const TRUE = new Set(["true", "1", "yes", "on"]);
const FALSE = new Set(["false", "0", "no", "off", ""]);

export function toBool(ctx: CoerceContext, field: string, v: unknown): boolean | null {
  if (absent(v)) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (TRUE.has(s)) return true;
    if (FALSE.has(s)) return false;
  }
  return fail(ctx, field, v, "a boolean");
}

/** ISO 8601 or Python str(datetime) (no zone: read as UTC) → epoch seconds. */
export function parseIsoSeconds(v: string): number | null {
  const s = v.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(s)) return null;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(s.slice(10));
  const ms = Date.parse(s.replace(" ", "T") + (hasZone || s.length === 10 ? "" : "Z"));
  return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : null;
}

/** Epoch seconds from a number, a numeric string, or an ISO / str(datetime) string. */
export function toEpoch(ctx: CoerceContext, field: string, v: unknown): number | null {
  if (absent(v)) return null;
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
  if (typeof v === "string") {
    const s = v.trim();
    if (s !== "" && Number.isFinite(Number(s)) && Number(s) >= 0) return Number(s);
    const iso = parseIsoSeconds(s);
    if (iso !== null) return iso;
  }
  return fail(ctx, field, v, "a time");
}

/** A plain JSON object, or null (reported) for anything else. */
export function toObject(ctx: CoerceContext, field: string, v: unknown): Record<string, unknown> | null {
  if (absent(v)) return null;
  if (typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
  return fail(ctx, field, v, "an object");
}

export function toStringOrNull(ctx: CoerceContext, field: string, v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return fail(ctx, field, v, "a string");
}
