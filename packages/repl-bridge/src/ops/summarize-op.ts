import { assertBudget, recordedModelCall, sessionModelSettings } from "../bridge/model-call.js";
import type { OpContext } from "../bridge/op-context.js";
import type { ModelRequest } from "../providers/model-provider.js";
import type { OpOutcome } from "./op-spec.js";
import { readSource } from "./read-source.js";

/** A summary of content (or a file) in at most max_tokens tokens; one llm_call cell. */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const settings = sessionModelSettings(ctx);
  assertBudget(ctx, 1);
  const source = readSource(ctx, args);
  const maxTokens = Math.min(args.max_tokens as number, settings.maxTokensPerCall);
  const request: ModelRequest = {
    model: (args.model as string | undefined) ?? settings.model,
    max_tokens: maxTokens,
    system: "You summarize text faithfully and concisely. Answer with the summary only.",
    messages: [
      {
        role: "user",
        content: `Summarize the following in at most ${maxTokens} tokens.\n\n<content>\n${source.text}\n</content>`,
      },
    ],
    ...(args.temperature !== undefined ? { temperature: args.temperature as number } : {}),
  };
  const opArgs = { ...args, content: source.path === undefined ? args.content : undefined };
  const call = await recordedModelCall(ctx, {
    operation: "summarize",
    opArgs,
    request,
    depth: settings.depth,
    files: source.files,
  });
  return {
    result: {
      summary: call.response.text,
      model: call.response.model,
      usage: call.response.usage,
      cost_usd: call.costUsd,
      source_chars: source.text.length,
      cell_id: call.cellId,
    },
  };
}
