import { readFileSync } from "node:fs";
import { CorruptFileError } from "@rlm/session-schema/core";

/**
 * `~/.claude/rlm-config.json`, as far as the bridge reads it. The file is shared with the
 * rest of the plugin and only ever read here. Sections used: `models` (`repl`, `root`,
 * `recursive_depth_1..3`), `depth.max`, `cost_controls` (`max_tokens_per_recursive_call`,
 * `max_recursive_calls_per_turn`, `max_concurrent_calls`, `pricing`).
 */
export interface RlmConfig {
  /** Where it was read from; null when the file does not exist (defaults apply). */
  path: string | null;
  raw: Record<string, unknown>;
}

export function loadRlmConfig(path: string): RlmConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { path: null, raw: {} };
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CorruptFileError(path, `not valid JSON (${(err as Error).message})`, err);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new CorruptFileError(path, "is not a JSON object");
  return { path, raw: raw as Record<string, unknown> };
}

/** `config.raw[section][key]` when it has the wanted type. */
export function configValue<T>(
  config: RlmConfig,
  section: string,
  key: string,
  is: (v: unknown) => v is T,
): T | undefined {
  const s = config.raw[section];
  if (typeof s !== "object" || s === null) return undefined;
  const v = (s as Record<string, unknown>)[key];
  return is(v) ? v : undefined;
}

export const isString = (v: unknown): v is string => typeof v === "string" && v !== "";
export const isPositiveInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
