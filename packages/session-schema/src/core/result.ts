import type { ValidationError, ValidationIssue } from "../errors/validation-error.js";

/** `parseX` throws; `safeParseX` / `safeValidateX` return one of these. */
export type SafeParseResult<T, E = ValidationError> = { ok: true; value: T } | { ok: false; error: E };

/** What a `checkX` function returns: the parsed value, or every failing field by dot path. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };
