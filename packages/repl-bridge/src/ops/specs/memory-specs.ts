import type { OpSpec } from "../op-spec.js";

const NODE_TYPES = ["entity", "fact", "experience", "decision", "snippet"] as const;

export const MEMORY_OPS: readonly OpSpec[] = [
  {
    name: "memory_query",
    group: "memory",
    summary: "full-text search (FTS5, ranked by bm25) over the memory database's nodes",
    args: {
      query: { type: "string", required: true, description: "words to find (any of them; see raw)" },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 1000,
        default: 10,
        description: "at most this many results",
      },
      type: { type: "string", enum: NODE_TYPES, description: "only nodes of this type" },
      tier: {
        type: "string",
        enum: ["task", "session", "longterm", "archive"],
        description: "only nodes of this tier",
      },
      match: { type: "string", enum: ["any", "all"], default: "any", description: "any or all of the words" },
      raw: {
        type: "boolean",
        default: false,
        description: "pass query to FTS5 MATCH as it is (FTS5 syntax)",
      },
    },
    example: { query: "sqlite busy timeout", limit: 5 },
    session: false,
    recording: "none",
    replayable: true,
    load: () => import("../memory-query-op.js"),
  },
  {
    name: "memory_add",
    group: "memory",
    summary: "add a node to the memory database",
    args: {
      content: { type: "string", required: true, description: "the node's text" },
      type: { type: "string", enum: NODE_TYPES, default: "fact", description: "node type" },
      confidence: { type: "number", minimum: 0, maximum: 1, default: 0.9, description: "0..1" },
      tier: {
        type: "string",
        enum: ["task", "session", "longterm"],
        default: "task",
        description: "memory tier",
      },
      subtype: { type: "string", description: "free-form subtype" },
      metadata: { type: "object", description: "stored as the node's metadata JSON" },
    },
    example: { content: "The API rate limit is 50 requests per minute", type: "fact", confidence: 0.8 },
    session: false,
    recording: "none",
    replayable: true,
    load: () => import("../memory-add-op.js"),
  },
  {
    name: "promote_to_memory",
    group: "memory",
    summary: "promote a done, non-stale cell's output into the memory database (task tier) and mark the cell",
    args: {
      cell_id: { type: "string", required: true, description: "the cell to promote" },
      memory_type: {
        type: "string",
        enum: ["fact", "experience"],
        default: "fact",
        description: "node type",
      },
      confidence: { type: "number", minimum: 0, maximum: 1, default: 0.8, description: "0..1" },
    },
    example: { cell_id: "cell_0a1b2c3d", memory_type: "fact", confidence: 0.9 },
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../promote-op.js"),
  },
];
