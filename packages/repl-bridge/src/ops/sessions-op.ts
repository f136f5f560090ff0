import { createSessionStore } from "@rlm/session-store";
import type { OpContext } from "../bridge/op-context.js";
import type { OpOutcome } from "./op-spec.js";

/** The store's list and its filters; damaged sessions are reported, not hidden. */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  const store = createSessionStore({
    env: ctx.env,
    ...(ctx.sessionsDir !== undefined ? { root: ctx.sessionsDir } : {}),
  });
  const { sessions, problems } = store.list({
    ...(args.type !== undefined ? { sessionType: args.type as "default" } : {}),
    ...(args.tags !== undefined ? { tags: args.tags as string[] } : {}),
    ...(args.live !== undefined ? { live: args.live as boolean } : {}),
    ...(args.since !== undefined ? { createdSince: args.since as number } : {}),
  });
  const limit = args.limit as number;
  let current: string | null = null;
  try {
    current = store.getCurrent();
  } catch {
    current = null; // a damaged `current` link must not hide the list
  }
  return {
    result: {
      root: store.root,
      current,
      total: sessions.length,
      sessions: sessions.slice(0, limit).map((s) => ({ ...s, live: s.ended_at === null })),
      problems,
    },
  };
}
