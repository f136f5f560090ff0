import type { OpSpec } from "../op-spec.js";

export const VARS = ["conversation", "files", "tool_outputs", "working_memory", "cells"] as const;

export const CONTEXT_OPS: readonly OpSpec[] = [
  {
    name: "peek",
    group: "context",
    summary:
      "a slice of a context variable: conversation messages, files, tool outputs, working memory, cells",
    args: {
      var: { type: "string", enum: VARS, default: "conversation", description: "what to look at" },
      start: { type: "integer", default: 0, description: "first index (negative: from the end)" },
      end: { type: "integer", default: -1, description: "last index, inclusive (-1: to the end)" },
    },
    example: { var: "tool_outputs", start: -3 },
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../peek-op.js"),
  },
  {
    name: "search",
    group: "context",
    summary:
      "literal or regex search over files (on disk), working memory, tool outputs, cell outputs, or all",
    args: {
      pattern: {
        type: "string",
        required: true,
        description: "text to find (a JavaScript regex when regex is true)",
      },
      var: {
        type: "string",
        enum: ["files", "working_memory", "tool_outputs", "cells", "all"],
        default: "files",
        description: "where to search",
      },
      regex: { type: "boolean", default: false, description: "treat pattern as a regular expression" },
      ignore_case: { type: "boolean", default: false, description: "case-insensitive" },
      max_results: { type: "integer", minimum: 1, default: 100, description: "at most this many hits" },
    },
    example: { pattern: "TODO", var: "all" },
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../search-op.js"),
  },
  {
    name: "context",
    group: "context",
    summary: "working memory: get it, set keys (updates), delete keys, or list the context's keys",
    args: {
      action: {
        type: "string",
        enum: ["get", "set", "delete", "keys"],
        default: "get",
        description: "what to do",
      },
      updates: { type: "object", description: "set: keys → values merged into working memory" },
      keys: { type: "string[]", description: "delete: keys to remove; get: only these keys" },
    },
    example: { action: "set", updates: { plan: "split the parser" } },
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../context-op.js"),
  },
  {
    name: "conversation",
    group: "context",
    summary:
      "messages of the Claude Code transcript behind transcript.jsonl: text, tool calls and results (paged)",
    args: {
      start: { type: "integer", default: 0, description: "first message (negative: from the end)" },
      end: { type: "integer", default: -1, description: "last message, inclusive (-1: to the end)" },
      max_chars: {
        type: "integer",
        minimum: 0,
        default: 4000,
        description: "cut each message's text to this many characters (0: no limit)",
      },
    },
    example: { start: -10 },
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../conversation-op.js"),
  },
  {
    name: "stats",
    group: "context",
    summary:
      "sizes and token estimates (chars / 4) of conversation, files, tool outputs, cells; depth and activation",
    args: {},
    example: {},
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../stats-op.js"),
  },
];
