import type { ValidationIssue } from "../errors/validation-error.js";

// The few helpers the generated validators (validators.generated.ts) call. Semantics follow
// zod 4's runtime parser, which the property tests compare them with: an object is any
// non-null non-array object, a record must be a plain object, a number must be finite.

/** One segment of a dot path. */
export type Seg = string | number;

/**
 * A generated validator for one schema node: returns the parsed value (defaults filled,
 * objects and arrays copied, unknown keys kept), and pushes an issue for every failing
 * field. `p` + `k` is the path of `v` (`k` null for the root).
 */
export type NodeCheck = (v: unknown, p: Seg[], k: Seg | null, iss: ValidationIssue[]) => unknown;

export function fail(iss: ValidationIssue[], p: Seg[], k: Seg | null, message: string): void {
  const parts = k === null ? p : [...p, k];
  iss.push({ path: parts.map(String).join("."), message });
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** zod's `isPlainObject` (what a record accepts), to the letter. */
export function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (ctor === undefined) return true;
  if (typeof ctor !== "function") return true;
  const prot = ctor.prototype;
  if (!isObject(prot)) return false;
  return Object.hasOwn(prot, "isPrototypeOf");
}

/** True when `o` has an own enumerable symbol key (a record refuses those). */
export function hasSymbolKey(o: object): boolean {
  for (const s of Object.getOwnPropertySymbols(o))
    if (Object.prototype.propertyIsEnumerable.call(o, s)) return true;
  return false;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Code points in `s` (a surrogate pair counts once, a lone surrogate as itself): zod's string length. */
export function codePointLength(s: string): number {
  const units = s.length;
  if (!HIGH_SURROGATE.test(s)) return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** What a value is, for messages: `expected a string, got number`. */
export function got(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : Number.isFinite(v) ? "number" : String(v);
  return typeof v;
}

export function expected(what: string, v: unknown): string {
  return `expected ${what}, got ${got(v)}`;
}

/** Run a node validator on a whole document. */
export function runCheck<T>(
  check: NodeCheck,
  value: unknown,
): { ok: true; value: T } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const out = check(value, [], null, issues);
  return issues.length === 0 ? { ok: true, value: out as T } : { ok: false, issues };
}
