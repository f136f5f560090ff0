import { assertBudget, recordedModelCall, sessionModelSettings } from "../bridge/model-call.js";
import type { OpContext } from "../bridge/op-context.js";
import { ReplError } from "../errors/repl-error.js";
import type { ModelRequest } from "../providers/model-provider.js";
import { type ScoredChunk, scoreChunks } from "../text/keyword-chunks.js";
import type { OpOutcome } from "./op-spec.js";
import { readSource } from "./read-source.js";

/**
 * The chunks most relevant to a query, keyword-scored. With `rerank`, the best candidates
 * are re-scored by the model in one llm_call cell that this op's cell depends on (a
 * replay reuses that cell's answer when it scored exactly the chunks found now).
 */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const source = readSource(ctx, args);
  const query = args.query as string;
  const topK = args.top_k as number;
  const scored = scoreChunks(source.text, query, args.chunk_lines as number, args.overlap as number);
  const base = { query, count: 0, total_chunks_matched: scored.length, reranked: false };
  if (!(args.rerank as boolean) || scored.length === 0) {
    const results = scored.slice(0, topK);
    return { result: { ...base, count: results.length, results }, files: source.files };
  }
  const candidates = scored.slice(0, Math.min(scored.length, topK * 2));
  const { text, cellId } = await rerankAnswer(ctx, args, query, candidates, source.files);
  const scores = parseScores(text, candidates.length);
  const results = candidates
    .map((c, i) => ({ ...c, keyword_score: c.score, score: scores[i] ?? 0 }))
    .sort((a, b) => b.score - a.score || b.keyword_score - a.keyword_score)
    .slice(0, topK);
  return {
    result: { ...base, reranked: true, count: results.length, results, rerank_cell_id: cellId },
    files: source.files,
    ...(cellId !== null ? { dependencies: [cellId] } : {}),
  };
}

async function rerankAnswer(
  ctx: OpContext,
  args: Record<string, unknown>,
  query: string,
  candidates: ScoredChunk[],
  files: string[],
): Promise<{ text: string; cellId: string | null }> {
  const content = rerankMessage(query, candidates);
  if (ctx.replaying) return recordedRerank(ctx, content);
  const settings = sessionModelSettings(ctx);
  assertBudget(ctx, 1);
  const call = await recordedModelCall(ctx, {
    operation: "find_relevant.rerank",
    opArgs: { query, candidates: candidates.length },
    request: {
      model: (args.model as string | undefined) ?? settings.model,
      max_tokens: Math.min(256, settings.maxTokensPerCall),
      messages: [{ role: "user", content }],
    },
    depth: settings.depth,
    files,
  });
  return { text: call.response.text, cellId: call.cellId };
}

function rerankMessage(query: string, candidates: ScoredChunk[]): string {
  const listing = candidates
    .map((c, i) => `<chunk id="${i}" lines="${c.start_line}-${c.end_line}">\n${c.chunk}\n</chunk>`)
    .join("\n");
  return `Rate how relevant each chunk is to the query "${query}" from 0 (unrelated) to 10 (exactly it). Answer with only a JSON array of ${candidates.length} numbers, in chunk order.\n\n${listing}`;
}

/**
 * A replay re-runs the keyword scoring on the file as it is now and takes the scores from
 * the rerank cell it depends on (as that cell is now: re-sent earlier in the same replay,
 * or cached) — only when that cell scored exactly these chunks: never old scores on new text.
 */
function recordedRerank(ctx: OpContext, content: string): { text: string; cellId: string | null } {
  const [depId, dep] = Object.entries(ctx.dependencyOutputs ?? {})[0] ?? [];
  const hint = "run find_relevant again (rerank: true) for scores of the chunks as they are now";
  if (depId === undefined || dep === undefined)
    throw new ReplError("ERR_RLM_REPLAY", "find_relevant: this run has no rerank cell to take scores from", {
      hint,
    });
  const asked = (ctx.cells().get(depId).input.args as { request?: ModelRequest } | null)?.request;
  if (asked?.messages?.[0]?.content !== content || dep.cached_response === null)
    throw new ReplError(
      "ERR_RLM_REPLAY",
      `find_relevant: the rerank cell ${depId} scored other chunks than the file holds now (or holds no answer); its scores are not reused for new text`,
      { hint },
    );
  return { text: dep.cached_response, cellId: depId };
}

/** The first JSON array of numbers in the model's answer; missing entries score 0. */
export function parseScores(text: string, n: number): number[] {
  const m = /\[[^\]]*\]/.exec(text);
  if (m === null) return new Array(n).fill(0);
  try {
    const arr = JSON.parse(m[0]) as unknown[];
    return Array.from({ length: n }, (_, i) => (typeof arr[i] === "number" ? (arr[i] as number) : 0));
  } catch {
    return new Array(n).fill(0);
  }
}
