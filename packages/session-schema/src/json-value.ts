import { ValidationError } from "./errors/validation-error.js";

// What JSON.stringify would silently drop or change, found before anything is written:
// BigInt (a raw TypeError), functions and symbols (dropped), NaN and ±Infinity (null),
// undefined or holes in arrays (null), cycles (a raw TypeError), symbol keys (dropped),
// and objects that are not plain (a Map or Set becomes {}, a Date a string). `undefined`
// as an object property value means "absent" (JSON.stringify omits the key) and is allowed.
// Iterative, so a deeply nested value cannot overflow the stack.

export interface JsonValueProblem {
  /** Dot path of the offending value (`""` for the value itself). */
  path: string;
  message: string;
}

interface Frame {
  value: unknown;
  parent: Frame | null;
  key: string | number | null;
  /** Set on the second visit of an object: its children are done. */
  exit: boolean;
}

function pathOf(frame: Frame, base: string): string {
  const parts: string[] = [];
  for (let f: Frame | null = frame; f !== null && f.key !== null; f = f.parent) parts.push(String(f.key));
  parts.reverse();
  if (base !== "") parts.unshift(base);
  return parts.join(".");
}

function describe(value: unknown): string | null {
  switch (typeof value) {
    case "string":
    case "boolean":
      return null;
    case "number":
      return Number.isFinite(value) ? null : `${value} is not a JSON number (JSON would write null)`;
    case "bigint":
      return "a BigInt is not JSON (convert it to a number or a string)";
    case "function":
      return "a function is not JSON (it would be dropped)";
    case "symbol":
      return "a symbol is not JSON (it would be dropped)";
    case "undefined":
      return "undefined is not JSON";
    default:
      return null;
  }
}

function objectProblem(value: object): string | null {
  if (Array.isArray(value)) return null;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const name = (proto as { constructor?: { name?: unknown } })?.constructor?.name;
    return `${typeof name === "string" && name !== "" ? `a ${name}` : "an object with a prototype"} is not a plain JSON object`;
  }
  for (const sym of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, sym))
      return `the symbol key ${String(sym)} is not JSON (it would be dropped)`;
  }
  return null;
}

const FAST_DEPTH = 64;
const FAST_NODES = 1_000_000;

/**
 * The fast check (every save runs it): plain recursion, no allocation. false means "maybe
 * not": a problem, or nesting deeper than FAST_DEPTH (a cycle always is), or a very large
 * or heavily shared value; the precise walk below then decides and names the place.
 */
function plainJson(v: unknown, depth: number, budget: { nodes: number }): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object": {
      if (v === null) return true;
      if (depth >= FAST_DEPTH || --budget.nodes < 0) return false;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (x === undefined || !plainJson(x, depth + 1, budget)) return false;
        }
        return true;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      if (Object.getOwnPropertySymbols(v).length > 0) return false;
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined && !plainJson(x, depth + 1, budget)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * The first place where `value` is not plain JSON, or null when JSON.stringify → JSON.parse
 * gives back an equal value (up to `-0`, and object keys whose value is `undefined`).
 */
export function jsonValueProblem(value: unknown, basePath = ""): JsonValueProblem | null {
  if (plainJson(value, 0, { nodes: FAST_NODES })) return null;
  return locateProblem(value, basePath);
}

function locateProblem(value: unknown, basePath: string): JsonValueProblem | null {
  const onPath = new Set<object>();
  const done = new WeakSet<object>();
  const stack: Frame[] = [{ value, parent: null, key: null, exit: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const v = frame.value;
    if (typeof v !== "object" || v === null) {
      const message = describe(v);
      if (message !== null) return { path: pathOf(frame, basePath), message };
      continue;
    }
    if (frame.exit) {
      onPath.delete(v);
      done.add(v);
      continue;
    }
    if (done.has(v)) continue;
    if (onPath.has(v))
      return { path: pathOf(frame, basePath), message: "a cycle (the value contains itself)" };
    const problem = objectProblem(v);
    if (problem !== null) return { path: pathOf(frame, basePath), message: problem };
    onPath.add(v);
    stack.push({ value: v, parent: frame.parent, key: frame.key, exit: true });
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        if (v[i] === undefined) {
          const hole = !(i in v);
          const at: Frame = { value: undefined, parent: frame, key: i, exit: false };
          return {
            path: pathOf(at, basePath),
            message: `${hole ? "a hole" : "undefined"} in an array is not JSON (JSON would write null)`,
          };
        }
        stack.push({ value: v[i], parent: frame, key: i, exit: false });
      }
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        const child = (v as Record<string, unknown>)[k];
        if (child !== undefined) stack.push({ value: child, parent: frame, key: k, exit: false });
      }
    }
  }
  return null;
}

/** Throws ValidationError (ERR_RLM_VALIDATION) naming the dot path of the first non-JSON value. */
export function assertJsonValue(value: unknown, document: string, file?: string, basePath = ""): void {
  const problem = jsonValueProblem(value, basePath);
  if (problem !== null) throw new ValidationError(document, [problem], file);
}
