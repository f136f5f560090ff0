import type { OpContext } from "../bridge/op-context.js";
import type { OpOutcome } from "./op-spec.js";

/** The session at a glance: identity, activation, budget, cell counts, live/ended, lineage. */
export function run(ctx: OpContext): OpOutcome {
  const store = ctx.store();
  const s = store.load(ctx.sessionId);
  const byStatus: Record<string, number> = { pending: 0, done: 0, error: 0, stale: 0 };
  const byType: Record<string, number> = {};
  const cells = ctx.cells().list();
  for (const c of cells) {
    byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    byType[c.type] = (byType[c.type] ?? 0) + 1;
  }
  const md = s.metadata;
  return {
    result: {
      session_id: md.session_id,
      session_type: md.session_type,
      description: md.description,
      tags: md.tags,
      cwd: md.cwd,
      created_at: md.created_at,
      updated_at: md.updated_at,
      ended_at: md.ended_at,
      live: md.ended_at === null,
      current: store.getCurrent() === ctx.sessionId,
      transcript_path: md.claude_transcript_path,
      activation: s.activation,
      depth: { current: s.activation.current_depth, max: s.activation.max_depth },
      budget: {
        tokens: s.budget.total_tokens_used,
        cost_usd: s.budget.cost_usd,
        recursive_calls: s.budget.total_recursive_calls,
        max_recursive_calls: s.budget.max_recursive_calls,
        by_model: s.budget.by_model,
      },
      cells: { total: cells.length, by_status: byStatus, by_type: byType },
      files_tracked: Object.keys(s.context.files).length,
      tool_outputs: s.context.tool_outputs.length,
      lineage: { parent_session_id: md.parent_session_id, ancestors: store.lineage(ctx.sessionId) },
    },
  };
}
