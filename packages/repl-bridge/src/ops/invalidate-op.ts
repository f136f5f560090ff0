import type { InvalidationChange, InvalidationReason, InvalidationTarget } from "@rlm/cells";
import type { OpContext } from "../bridge/op-context.js";
import type { OpOutcome } from "./op-spec.js";

/** Mark cells stale (transitively) and name each one with the reason. */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const target: InvalidationTarget =
    args.file_path !== undefined
      ? { filePath: args.file_path as string }
      : args.cell_id !== undefined
        ? { cellIds: [args.cell_id as string] }
        : { checkDisk: true };
  const changes = ctx.cells().invalidate(target);
  return {
    result: {
      target: args,
      count: changes.length,
      invalidated: changes.map(changeJson),
    },
  };
}

export function changeJson(c: InvalidationChange): Record<string, unknown> {
  return { cell_id: c.cellId, from: c.from, reason: c.reason, why: why(c.reason) };
}

function why(r: InvalidationReason): string {
  switch (r.kind) {
    case "requested":
      return "invalidated on request";
    case "file_changed":
      return `read ${r.path}, which changed`;
    case "file_deleted":
      return `read ${r.path}, which is gone`;
    case "dependency_stale":
      return `depends on ${r.via}, which is stale`;
    case "dependency_changed":
      return `depends on ${r.via}, which re-ran with a different output`;
  }
}
