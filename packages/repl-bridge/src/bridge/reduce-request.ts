import type { Cell } from "@rlm/session-schema/core";
import type { ModelRequest } from "../providers/model-provider.js";

/** The user message of a map_reduce reduce call, from the chunk results in order. */
export function reduceMessage(reducePrompt: string, parts: readonly string[]): string {
  const body = parts.map((p, i) => `<part index="${i + 1}">\n${p}\n</part>`).join("\n");
  return `${reducePrompt}\n\n${body}`;
}

/**
 * A reduce step's request as its chunk cells' current outputs (in dependency order) would
 * make it: the recorded request with the message rebuilt. A replay sends the recorded
 * request only when this is identical to it (sameRequest): the cell cannot record a new
 * prompt next to a new answer.
 */
export function rebuildReduceRequest(
  cell: Cell,
  request: ModelRequest,
  deps: Readonly<Record<string, { result: unknown; cached_response: string | null }>>,
): ModelRequest {
  const reducePrompt = String((cell.input.args as { reduce_prompt?: unknown }).reduce_prompt ?? "");
  const parts = cell.dependencies.map((id) => deps[id]?.cached_response ?? "");
  return { ...request, messages: [{ role: "user", content: reduceMessage(reducePrompt, parts) }] };
}

/** The two requests ask exactly the same (same model, limits, system and messages). */
export function sameRequest(a: ModelRequest, b: ModelRequest): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}
