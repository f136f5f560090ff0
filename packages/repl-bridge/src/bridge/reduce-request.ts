import type { Cell } from "@rlm/session-schema/core";
import type { ModelRequest } from "../providers/model-provider.js";

/** The user message of a map_reduce reduce call, from the chunk results in order. */
export function reduceMessage(reducePrompt: string, parts: readonly string[]): string {
  const body = parts.map((p, i) => `<part index="${i + 1}">\n${p}\n</part>`).join("\n");
  return `${reducePrompt}\n\n${body}`;
}

/**
 * A reduce step replayed after some of its chunk cells re-ran: the same request with the
 * message rebuilt from the chunks' current outputs (in dependency order).
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
