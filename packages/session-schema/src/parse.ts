import type { z } from "zod";
import type { SafeParseResult } from "./core/result.js";
import { ValidationError, type ValidationIssue } from "./errors/validation-error.js";

export type { SafeParseResult };

/** zod issues → `{path: "a.b.3.c", message}`. */
export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => String(p)).join("."),
    message: i.message,
  }));
}

/** Parse `value` with `schema`; on failure a ValidationError naming each failing field by path. */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  document: string,
  value: unknown,
  file?: string,
): SafeParseResult<z.output<S>> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, error: new ValidationError(document, toIssues(r.error), file) };
}

export function parseWith<S extends z.ZodType>(
  schema: S,
  document: string,
  value: unknown,
  file?: string,
): z.output<S> {
  const r = safeParseWith(schema, document, value, file);
  if (!r.ok) throw r.error;
  return r.value;
}
