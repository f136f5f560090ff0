import type { OpContext } from "../bridge/op-context.js";
import { addNode } from "../memory/add-node.js";
import type { OpOutcome } from "./op-spec.js";

/** Add one node to the memory database. */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const store = await ctx.memory();
  const nodeId = addNode(store, {
    type: args.type as string,
    content: args.content as string,
    confidence: args.confidence as number,
    tier: args.tier as string,
    subtype: (args.subtype as string | undefined) ?? null,
    provenance: "rlm-repl:memory_add",
    metadata: (args.metadata as Record<string, unknown> | undefined) ?? {},
    now: ctx.now(),
  });
  return { result: { status: "created", node_id: nodeId, type: args.type, tier: args.tier, db: store.path } };
}
