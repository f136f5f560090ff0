import type { OpContext } from "../bridge/op-context.js";
import { queryNodes } from "../memory/query-nodes.js";
import type { OpOutcome } from "./op-spec.js";

/** FTS5 search of the memory database, ranked by bm25. */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const store = await ctx.memory();
  const results = queryNodes(store, {
    query: args.query as string,
    limit: args.limit as number,
    match: args.match as "any" | "all",
    raw: args.raw as boolean,
    ...(args.type !== undefined ? { type: args.type as string } : {}),
    ...(args.tier !== undefined ? { tier: args.tier as string } : {}),
  });
  return { result: { query: args.query, count: results.length, results, db: store.path } };
}
