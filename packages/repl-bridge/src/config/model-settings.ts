import { configValue, isObject, isPositiveInt, isString, type RlmConfig } from "./rlm-config.js";

/** Used when the config names no model for the bridge. */
export const DEFAULT_MODEL = "claude-sonnet-4-5";
export const DEFAULT_MAX_TOKENS_PER_CALL = 8000;
export const DEFAULT_MAX_CALLS_PER_OP = 10;
export const DEFAULT_CONCURRENCY = 4;

export interface ModelSettings {
  model: string;
  /** Upper bound on `max_tokens` of one call. */
  maxTokensPerCall: number;
  /** Upper bound on the model calls one op may make (map_reduce: chunks + 1). */
  maxCallsPerOp: number;
  /** map_reduce: chunk calls in flight at once. */
  concurrency: number;
}

/**
 * The model and limits for a call made at session depth `depth`: `models.repl` when set,
 * else the model the config assigns to the next recursion depth (`recursive_depth_<d+1>`,
 * at most 3), else `recursive_depth_1`, else `root`, else DEFAULT_MODEL.
 */
export function modelSettings(config: RlmConfig, depth: number): ModelSettings {
  const model = (key: string) => configValue(config, "models", key, isString);
  const next = Math.min(Math.max(depth + 1, 1), 3);
  return {
    model:
      model("repl") ??
      model(`recursive_depth_${next}`) ??
      model("recursive_depth_1") ??
      model("root") ??
      DEFAULT_MODEL,
    maxTokensPerCall:
      configValue(config, "cost_controls", "max_tokens_per_recursive_call", isPositiveInt) ??
      DEFAULT_MAX_TOKENS_PER_CALL,
    maxCallsPerOp:
      configValue(config, "cost_controls", "max_recursive_calls_per_turn", isPositiveInt) ??
      DEFAULT_MAX_CALLS_PER_OP,
    concurrency:
      configValue(config, "cost_controls", "max_concurrent_calls", isPositiveInt) ?? DEFAULT_CONCURRENCY,
  };
}

/** USD per million tokens, by model-name prefix (longest prefix wins). */
const PRICES: Record<string, { input: number; output: number }> = {
  "claude-opus-4-5": { input: 5, output: 25 },
  "claude-opus-4-6": { input: 5, output: 25 },
  "claude-opus-4": { input: 15, output: 75 },
  "claude-sonnet-4": { input: 3, output: 15 },
  "claude-3-7-sonnet": { input: 3, output: 15 },
  "claude-3-5-sonnet": { input: 3, output: 15 },
  "claude-haiku-4-5": { input: 1, output: 5 },
  "claude-3-5-haiku": { input: 0.8, output: 4 },
  "claude-3-haiku": { input: 0.25, output: 1.25 },
};

/**
 * Estimated cost of a call. `cost_controls.pricing[model] = {input_per_mtok, output_per_mtok}`
 * in the config overrides the built-in table; an unknown model costs 0 (and says so).
 */
export function estimateCost(
  config: RlmConfig,
  model: string,
  usage: { input_tokens: number; output_tokens: number },
): { usd: number; known: boolean } {
  const custom = configValue(config, "cost_controls", "pricing", isObject)?.[model];
  let price: { input: number; output: number } | undefined;
  if (
    isObject(custom) &&
    typeof custom.input_per_mtok === "number" &&
    typeof custom.output_per_mtok === "number"
  )
    price = { input: custom.input_per_mtok, output: custom.output_per_mtok };
  else {
    const prefix = Object.keys(PRICES)
      .filter((p) => model.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    price = prefix === undefined ? undefined : PRICES[prefix];
  }
  if (price === undefined) return { usd: 0, known: false };
  return { usd: (usage.input_tokens * price.input + usage.output_tokens * price.output) / 1e6, known: true };
}
