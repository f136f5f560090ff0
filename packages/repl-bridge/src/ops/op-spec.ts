import type { ArgSpecs, OneOf } from "../args/arg-spec.js";
import type { OpContext } from "../bridge/op-context.js";

export type OpGroup = "session" | "context" | "model" | "memory";

/**
 * How a run is recorded in the session: `none` (read-only introspection and the
 * session-less memory ops), `repl` (the bridge writes one `repl` cell with the op's
 * inputs, the files it read and its output), `self` (the op writes its own `llm_call`
 * cells: one per model call).
 */
export type Recording = "none" | "repl" | "self";

export interface OpSpec {
  name: string;
  group: OpGroup;
  summary: string;
  args: ArgSpecs;
  /** Groups of arguments of which exactly one must be given. */
  oneOf?: readonly OneOf[];
  /** Arguments for the `--help` example. */
  example: Record<string, unknown>;
  /** Does it act on a session (`--session`, default `current`)? */
  session: boolean;
  recording: Recording;
  /** False: a replay never re-runs it (it would act on the replay itself). */
  replayable: boolean;
  load(): Promise<OpModule>;
}

/** What an op returns: its JSON result, and what the recorded cell needs to know. */
export interface OpOutcome {
  result: unknown;
  /** Absolute paths of the files the op read (hashed into the cell's context_snapshot). */
  files?: readonly string[];
  /** Extra context_snapshot fields (`conversation_slice`, `memory_query`). */
  snapshot?: Record<string, unknown>;
  /** Cells the recorded cell depends on (e.g. the llm_call cell of a rerank). */
  dependencies?: readonly string[];
}

export interface OpModule {
  run(ctx: OpContext, args: Record<string, unknown>): OpOutcome | Promise<OpOutcome>;
}
