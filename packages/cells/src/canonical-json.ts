/**
 * JSON with object keys sorted at every level, so equal values hash equally whatever
 * order their keys were written in. `undefined` members are dropped like JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, 0));
}

const MAX_DEPTH = 200;

function sortKeys(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return "[depth limit]";
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, depth + 1));
  if (value === null || typeof value !== "object") return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    out[key] = sortKeys((value as Record<string, unknown>)[key], depth + 1);
  return out;
}
