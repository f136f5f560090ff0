import { usageError } from "../errors/repl-error.js";
import type { ArgSpec, ArgSpecs, ArgType, OneOf } from "./arg-spec.js";

/**
 * Check `raw` against an op's argument specs and fill in defaults. Unknown arguments,
 * missing required ones, wrong types and out-of-range values are usage errors that name
 * the argument and what was expected.
 */
export function validateArgs(
  op: string,
  specs: ArgSpecs,
  raw: unknown,
  oneOf: readonly OneOf[] = [],
): Record<string, unknown> {
  if (raw === undefined || raw === null) raw = {};
  if (typeof raw !== "object" || Array.isArray(raw))
    throw usageError(`--args for ${op} must be a JSON object, got ${describe(raw)}`, example(op));
  const given = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(specs, key)) {
      const known = Object.keys(specs);
      throw usageError(
        `${op} has no argument ${JSON.stringify(key)}`,
        known.length > 0 ? `its arguments: ${known.join(", ")}` : `${op} takes no arguments`,
      );
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = given[name];
    if (value === undefined || value === null) {
      if (spec.required) throw usageError(`${op} needs the argument ${JSON.stringify(name)}`, example(op));
      if (spec.default !== undefined) out[name] = structuredClone(spec.default);
      continue;
    }
    checkValue(op, name, spec, value);
    out[name] = value;
  }
  for (const group of oneOf) {
    const present = group.filter((k) => given[k] !== undefined && given[k] !== null);
    if (present.length !== 1)
      throw usageError(
        `${op} needs exactly one of ${group.map((g) => JSON.stringify(g)).join(", ")}` +
          (present.length > 1 ? ` (got ${present.join(" and ")})` : ""),
        `${present.length > 1 ? "keep one of them" : `add one of them`}: ${group.map((g) => describeArg(specs, g)).join("; ")}`,
      );
  }
  return out;
}

function checkValue(op: string, name: string, spec: ArgSpec, value: unknown): void {
  const types: readonly ArgType[] = typeof spec.type === "string" ? [spec.type] : spec.type;
  if (!types.some((t) => isType(t, value)))
    throw usageError(
      `${op}: argument ${JSON.stringify(name)} must be ${types.join(" or ")}, got ${describe(value)}`,
      `${name}: ${spec.description}; ${example(op)}`,
    );
  if (spec.enum !== undefined && !spec.enum.includes(value as string | number))
    throw usageError(
      `${op}: argument ${JSON.stringify(name)} must be one of ${spec.enum.map((e) => JSON.stringify(e)).join(", ")}, got ${JSON.stringify(value)}`,
      `use one of those values for ${name} (${spec.description})`,
    );
  if (typeof value === "number") {
    const range = `${name} takes ${bounds(spec)} (${spec.description})`;
    if (spec.minimum !== undefined && value < spec.minimum)
      throw usageError(
        `${op}: argument ${JSON.stringify(name)} must be ≥ ${spec.minimum}, got ${value}`,
        range,
      );
    if (spec.maximum !== undefined && value > spec.maximum)
      throw usageError(
        `${op}: argument ${JSON.stringify(name)} must be ≤ ${spec.maximum}, got ${value}`,
        range,
      );
  }
}

function isType(t: ArgType, v: unknown): boolean {
  switch (t) {
    case "string":
      return typeof v === "string";
    case "integer":
      return Number.isSafeInteger(v);
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return typeof v === "boolean";
    case "object":
      return typeof v === "object" && v !== null && !Array.isArray(v);
    case "string[]":
      return Array.isArray(v) && v.every((x) => typeof x === "string");
  }
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return "an array";
  if (v === null) return "null";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${JSON.stringify(v)}`.slice(0, 60);
}

const example = (op: string) => `see \`rlm-repl --op ${op} --help\` for its arguments and an example`;

function bounds(spec: ArgSpec): string {
  if (spec.minimum !== undefined && spec.maximum !== undefined) return `${spec.minimum} to ${spec.maximum}`;
  return spec.minimum !== undefined ? `${spec.minimum} or more` : `at most ${spec.maximum}`;
}

function describeArg(specs: ArgSpecs, name: string): string {
  const spec = specs[name];
  return spec === undefined ? name : `${name} (${spec.description})`;
}
