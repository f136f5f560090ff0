import { InvalidIdError } from "./errors/invalid-id-error.js";

export const MAX_ID_LENGTH = 128;

/** Names that live beside the sessions in the root: a session may never take one. */
export const RESERVED_SESSION_IDS: ReadonlySet<string> = new Set([
  "current",
  "archive",
  "migration-backup",
  "hook-errors.log",
  "locks",
]);

const PLAIN_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
export const CELL_ID_PATTERN = /^cell_[0-9a-f]{8}$/;

/** Why `value` is not a plain session id, or null when it is one. */
export function sessionIdProblem(value: unknown): string | null {
  if (typeof value !== "string") return "not a string";
  if (value.length === 0) return "empty";
  if (value.length > MAX_ID_LENGTH) return `longer than ${MAX_ID_LENGTH} characters`;
  if (value.includes("\0")) return "contains NUL";
  if (/[\u0000-\u001f\u007f]/.test(value)) return "contains a control character";
  if (value.includes("/") || value.includes("\\")) return "contains a path separator";
  if (value.includes("..")) return "contains '..'";
  if (!PLAIN_ID.test(value)) return "contains characters outside A-Z a-z 0-9 . _ - or starts with '.'";
  if (RESERVED_SESSION_IDS.has(value) || value.endsWith(".tmp") || value.endsWith(".lock"))
    return "is a reserved name";
  return null;
}

export function isSessionId(value: unknown): value is string {
  return sessionIdProblem(value) === null;
}

/** Throws InvalidIdError unless `value` is a plain session id. */
export function assertSessionId(value: unknown): asserts value is string {
  const problem = sessionIdProblem(value);
  if (problem !== null) throw new InvalidIdError("session_id", value, problem);
}

export function isCellId(value: unknown): value is string {
  return typeof value === "string" && CELL_ID_PATTERN.test(value);
}

/** Throws InvalidIdError unless `value` is `cell_` + 8 lowercase hex digits. */
export function assertCellId(value: unknown): asserts value is string {
  if (!isCellId(value)) {
    const reason = typeof value === "string" ? "does not match cell_[0-9a-f]{8}" : "not a string";
    throw new InvalidIdError("cell_id", value, reason);
  }
}
