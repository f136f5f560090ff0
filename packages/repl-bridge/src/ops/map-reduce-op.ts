import {
  type CallReservation,
  recordedModelCall,
  releaseCalls,
  reserveCalls,
  sessionModelSettings,
} from "../bridge/model-call.js";
import type { OpContext } from "../bridge/op-context.js";
import { reduceMessage } from "../bridge/reduce-request.js";
import { ReplError } from "../errors/repl-error.js";
import { mapBounded } from "../text/map-bounded.js";
import { splitChunks } from "../text/split-chunks.js";
import type { OpOutcome } from "./op-spec.js";
import { readSource } from "./read-source.js";

/**
 * Map each chunk with map_prompt (concurrently, bounded), then reduce the answers with
 * reduce_prompt. Each call is an llm_call cell; the reduce cell depends on the chunk
 * cells, so re-running a chunk makes the reduce stale.
 */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const settings = sessionModelSettings(ctx);
  const source = readSource(ctx, args);
  const chunks = splitChunks(source.text, args.n_chunks as number);
  if (chunks.length === 0)
    throw new ReplError("ERR_RLM_VALIDATION", `map_reduce: ${source.path ?? "the content"} is empty`, {
      hint: "give content with text in it, or the path of a non-empty file",
    });
  const calls = chunks.length + 1;
  if (calls > settings.maxCallsPerOp)
    throw new ReplError(
      "ERR_RLM_BUDGET",
      `map_reduce would make ${calls} model calls; the config allows ${settings.maxCallsPerOp} per operation`,
      {
        hint: "use fewer n_chunks, or raise cost_controls.max_recursive_calls_per_turn in rlm-config.json",
      },
    );
  // all the calls counted at once, under the session's lock: never half a map_reduce for
  // want of budget, never past it with other processes calling; unsent ones given back
  const reservation = reserveCalls(ctx, calls);
  try {
    return await mapAndReduce(ctx, args, chunks, source, settings, reservation);
  } finally {
    releaseCalls(ctx, reservation);
  }
}

async function mapAndReduce(
  ctx: OpContext,
  args: Record<string, unknown>,
  chunks: string[],
  source: ReturnType<typeof readSource>,
  settings: ReturnType<typeof sessionModelSettings>,
  reservation: CallReservation,
): Promise<OpOutcome> {
  const calls = chunks.length + 1;
  const model = (args.model as string | undefined) ?? settings.model;
  const maxTokens = Math.min((args.max_tokens as number | undefined) ?? 1024, settings.maxTokensPerCall);
  const temperature = args.temperature as number | undefined;
  const common = { model, max_tokens: maxTokens, ...(temperature !== undefined ? { temperature } : {}) };
  const path = source.path;
  const concurrency = (args.concurrency as number | undefined) ?? settings.concurrency;
  let finished = 0;
  ctx.progress(0, calls, "map_reduce calls");
  const mapped = await mapBounded(chunks, concurrency, async (chunk, i) => {
    const call = await recordedModelCall(ctx, {
      operation: "map_reduce.map",
      opArgs: {
        map_prompt: args.map_prompt,
        chunk_index: i,
        n_chunks: chunks.length,
        ...(path ? { path } : {}),
      },
      request: {
        ...common,
        messages: [{ role: "user", content: `${args.map_prompt}\n\n<section>\n${chunk}\n</section>` }],
      },
      depth: settings.depth,
      files: source.files,
      reservation,
    });
    ctx.progress(++finished, calls, "map_reduce calls");
    return call;
  });
  const reduce = await recordedModelCall(ctx, {
    operation: "map_reduce.reduce",
    opArgs: { reduce_prompt: args.reduce_prompt, n_chunks: chunks.length },
    request: {
      ...common,
      messages: [
        {
          role: "user",
          content: reduceMessage(
            args.reduce_prompt as string,
            mapped.map((m) => m.response.text),
          ),
        },
      ],
    },
    depth: settings.depth,
    dependencies: mapped.map((m) => m.cellId),
    reservation,
  });
  ctx.progress(calls, calls, "map_reduce calls");
  const all = [...mapped, reduce];
  return {
    result: {
      result: reduce.response.text,
      n_chunks: chunks.length,
      concurrency,
      chunks: mapped.map((m, i) => ({
        index: i,
        cell_id: m.cellId,
        chars: chunks[i]?.length,
        answer: m.response.text,
      })),
      cell_id: reduce.cellId,
      cells: all.map((c) => c.cellId),
      usage: {
        input_tokens: all.reduce((n, c) => n + c.response.usage.input_tokens, 0),
        output_tokens: all.reduce((n, c) => n + c.response.usage.output_tokens, 0),
      },
      cost_usd: all.reduce((n, c) => n + c.costUsd, 0),
    },
  };
}
