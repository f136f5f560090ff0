import { ReplError } from "../errors/repl-error.js";
import type { ModelProvider, ModelRequest, ModelResponse } from "./model-provider.js";

type Client = import("@anthropic-ai/sdk").default;
type ClientCtor = new (options: { apiKey: string; baseURL: string | null; maxRetries: number }) => Client;

/**
 * The Anthropic Messages API through `@anthropic-ai/sdk` (loaded on the first call).
 * `baseURL` defaults to $ANTHROPIC_BASE_URL, as in the SDK.
 */
export function anthropicProvider(o: {
  apiKey: string;
  baseURL?: string;
  maxRetries?: number;
}): ModelProvider {
  let client: Promise<Client> | undefined;
  return {
    name: "anthropic-api",
    async complete(request: ModelRequest, signal?: AbortSignal): Promise<ModelResponse> {
      client ??= import("@anthropic-ai/sdk").then((m) => {
        // ESM gives { default, Anthropic }; the rlm-repl bundle's embedded copy gives its CJS exports under default.
        const mod = m as unknown as {
          Anthropic?: ClientCtor;
          default: ClientCtor & { Anthropic?: ClientCtor };
        };
        const Ctor = mod.Anthropic ?? mod.default.Anthropic ?? mod.default;
        return new Ctor({ apiKey: o.apiKey, baseURL: o.baseURL ?? null, maxRetries: o.maxRetries ?? 2 });
      });
      const c = await client;
      try {
        const msg = await c.messages.create(
          {
            model: request.model,
            max_tokens: request.max_tokens,
            messages: request.messages,
            ...(request.system !== undefined ? { system: request.system } : {}),
            ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
          },
          signal === undefined ? {} : { signal },
        );
        const text = msg.content
          .filter((b): b is Extract<typeof b, { type: "text" }> => b.type === "text")
          .map((b) => b.text)
          .join("");
        return {
          text,
          model: msg.model,
          usage: { input_tokens: msg.usage.input_tokens, output_tokens: msg.usage.output_tokens },
          stop_reason: msg.stop_reason ?? null,
          provider: "anthropic-api",
        };
      } catch (err) {
        if (signal?.aborted)
          throw new ReplError("ERR_RLM_INTERRUPTED", "model call interrupted", {
            hint: "nothing was recorded for it; run the operation again",
            cause: err,
          });
        const status = (err as { status?: number }).status;
        throw new ReplError(
          "ERR_RLM_PROVIDER",
          `Anthropic API call failed${status ? ` (HTTP ${status})` : ""}: ${(err as Error).message}`,
          { hint: "check ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL and the model name", cause: err },
        );
      }
    },
  };
}
