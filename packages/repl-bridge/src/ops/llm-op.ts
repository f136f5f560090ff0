import { assertBudget, recordedModelCall, sessionModelSettings } from "../bridge/model-call.js";
import type { OpContext } from "../bridge/op-context.js";
import type { ModelRequest } from "../providers/model-provider.js";
import type { OpOutcome } from "./op-spec.js";

/** One question to the model, recorded as an llm_call cell. */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const settings = sessionModelSettings(ctx);
  assertBudget(ctx, 1);
  const query = args.query as string;
  const context = args.context as string | undefined;
  const request: ModelRequest = {
    model: (args.model as string | undefined) ?? settings.model,
    max_tokens: Math.min((args.max_tokens as number | undefined) ?? 1024, settings.maxTokensPerCall),
    messages: [{ role: "user", content: context === undefined ? query : `${context}\n\n---\n\n${query}` }],
    ...(args.system !== undefined ? { system: args.system as string } : {}),
    ...(args.temperature !== undefined ? { temperature: args.temperature as number } : {}),
  };
  const call = await recordedModelCall(ctx, {
    operation: "llm",
    opArgs: args,
    request,
    depth: settings.depth,
  });
  return {
    result: {
      response: call.response.text,
      model: call.response.model,
      provider: call.response.provider,
      usage: call.response.usage,
      cost_usd: call.costUsd,
      cell_id: call.cellId,
    },
  };
}
