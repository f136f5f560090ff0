import type { OpSpec } from "../op-spec.js";

const CELL_TYPES = ["repl", "tool", "llm_call", "map_reduce", "verification"] as const;
const CELL_STATUSES = ["pending", "done", "error", "stale"] as const;
const cellId = { type: "string", required: true, description: "a cell id (cell_ + 8 hex digits)" } as const;

export const SESSION_OPS: readonly OpSpec[] = [
  {
    name: "session",
    group: "session",
    summary: "the session: id, activation, depth, tokens, cost, cell counts by status, live/ended, lineage",
    args: {},
    example: {},
    session: true,
    recording: "none",
    replayable: true,
    load: () => import("../session-op.js"),
  },
  {
    name: "sessions",
    group: "session",
    summary: "list sessions, newest first (filters: type, tags, live, since)",
    args: {
      type: {
        type: "string",
        enum: ["default", "migrated", "fork", "checkpoint"],
        description: "only this session type",
      },
      tags: { type: "string[]", description: "only sessions carrying every one of these tags" },
      live: { type: "boolean", description: "true: only live sessions; false: only ended ones" },
      since: {
        type: "number",
        minimum: 0,
        description: "only sessions created at or after this Unix time (seconds)",
      },
      limit: { type: "integer", minimum: 1, default: 50, description: "at most this many sessions" },
    },
    example: { live: true, limit: 5 },
    session: false,
    recording: "none",
    replayable: true,
    load: () => import("../sessions-op.js"),
  },
  {
    name: "cells",
    group: "session",
    summary: "the session's cells in execution order (filter by type and status; paged)",
    args: {
      type: { type: "string", enum: CELL_TYPES, description: "only cells of this type" },
      status: { type: "string", enum: CELL_STATUSES, description: "only cells with this status" },
      offset: { type: "integer", minimum: 0, default: 0, description: "skip this many (after filtering)" },
      limit: { type: "integer", minimum: 1, default: 100, description: "at most this many" },
    },
    example: { status: "stale", limit: 20 },
    session: true,
    recording: "none",
    replayable: true,
    load: () => import("../cells-op.js"),
  },
  {
    name: "cell",
    group: "session",
    summary: "one cell, whole: input, code, output, dependencies, dependents, trace, metadata",
    args: { cell_id: cellId },
    example: { cell_id: "cell_0a1b2c3d" },
    session: true,
    recording: "none",
    replayable: true,
    load: () => import("../cell-op.js"),
  },
  {
    name: "dependency_chain",
    group: "session",
    summary:
      "every cell a cell depends on, transitively, in execution order: all their ids, and the summaries of a page of them",
    args: {
      cell_id: cellId,
      offset: {
        type: "integer",
        minimum: 0,
        default: 0,
        description: "summaries (`cells`) start at this position of the chain",
      },
      limit: {
        type: "integer",
        minimum: 1,
        default: 100,
        description: "at most this many summaries (`chain` always lists every id)",
      },
    },
    example: { cell_id: "cell_0a1b2c3d" },
    session: true,
    recording: "none",
    replayable: true,
    load: () => import("../dependency-chain-op.js"),
  },
  {
    name: "dependents",
    group: "session",
    summary:
      "the cells that depend on a cell (transitively by default): all their ids, and the summaries of a page of them",
    args: {
      cell_id: cellId,
      transitive: { type: "boolean", default: true, description: "false: direct dependents only" },
      offset: {
        type: "integer",
        minimum: 0,
        default: 0,
        description: "summaries (`cells`) start at this position of `dependents`",
      },
      limit: {
        type: "integer",
        minimum: 1,
        default: 100,
        description: "at most this many summaries (`dependents` always lists every id)",
      },
    },
    example: { cell_id: "cell_0a1b2c3d", transitive: false },
    session: true,
    recording: "none",
    replayable: true,
    load: () => import("../dependents-op.js"),
  },
  {
    name: "invalidate",
    group: "session",
    summary:
      "mark cells stale, and everything downstream: by file, by cell, or by checking every file on disk",
    args: {
      file_path: {
        type: "string",
        description: "cells that read this file (absolute, or relative to the session's cwd)",
      },
      cell_id: { type: "string", description: "this cell" },
      check_disk: { type: "boolean", description: "true: hash every file a cell read and compare" },
    },
    oneOf: [["file_path", "cell_id", "check_disk"]],
    example: { file_path: "src/app.ts" },
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../invalidate-op.js"),
  },
  {
    name: "replay",
    group: "session",
    summary:
      "re-run cells through @rlm/cells: repl cells re-run their op, llm_call cells come from cached_response unless forced",
    args: {
      cells: {
        type: ["string", "string[]"],
        required: true,
        description: 'cell ids, a range "2-4" (1-based, creation order), "stale" or "all"',
      },
      force: {
        type: "boolean",
        default: false,
        description: "re-run even cells whose cached output is still valid",
      },
    },
    example: { cells: "stale" },
    session: true,
    recording: "repl",
    replayable: false,
    load: () => import("../replay-op.js"),
  },
];
