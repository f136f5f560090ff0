import type { ArgSpecs } from "../../args/arg-spec.js";
import type { OpSpec } from "../op-spec.js";

const SOURCE: ArgSpecs = {
  content: { type: "string", description: "the text to work on" },
  path: {
    type: "string",
    description: "or a file to read it from (recorded, so an edit makes the cell stale)",
  },
};
const MODEL: ArgSpecs = {
  model: { type: "string", description: "model id (default: from rlm-config.json)" },
  max_tokens: { type: "integer", minimum: 1, description: "output tokens per call (capped by the config)" },
  temperature: { type: "number", minimum: 0, maximum: 1, description: "sampling temperature" },
};

export const MODEL_OPS: readonly OpSpec[] = [
  {
    name: "llm",
    group: "model",
    summary: "ask the model one question (optionally with context); recorded as an llm_call cell",
    args: {
      query: { type: "string", required: true, description: "the question or instruction" },
      context: { type: "string", description: "text the question is about" },
      system: { type: "string", description: "system prompt" },
      ...MODEL,
    },
    example: { query: "Which function parses the config?", context: "…" },
    session: true,
    recording: "self",
    replayable: true,
    load: () => import("../llm-op.js"),
  },
  {
    name: "summarize",
    group: "model",
    summary: "summarize content (or a file) in at most max_tokens tokens",
    args: {
      ...SOURCE,
      ...MODEL,
      max_tokens: { type: "integer", minimum: 1, default: 500, description: "summary length in tokens" },
    },
    oneOf: [["content", "path"]],
    example: { path: "README.md", max_tokens: 200 },
    session: true,
    recording: "self",
    replayable: true,
    load: () => import("../summarize-op.js"),
  },
  {
    name: "map_reduce",
    group: "model",
    summary:
      "split content into chunks, run map_prompt on each concurrently (bounded), combine with reduce_prompt",
    args: {
      ...SOURCE,
      map_prompt: {
        type: "string",
        default: "Summarize this section",
        description: "instruction for each chunk",
      },
      reduce_prompt: {
        type: "string",
        default: "Combine these summaries",
        description: "instruction for the combination",
      },
      n_chunks: { type: "integer", minimum: 1, maximum: 64, default: 4, description: "number of chunks" },
      concurrency: {
        type: "integer",
        minimum: 1,
        maximum: 16,
        description: "chunk calls in flight (default: from the config, 4)",
      },
      ...MODEL,
    },
    oneOf: [["content", "path"]],
    example: { path: "CHANGELOG.md", n_chunks: 4, reduce_prompt: "List the breaking changes" },
    session: true,
    recording: "self",
    replayable: true,
    load: () => import("../map-reduce-op.js"),
  },
  {
    name: "find_relevant",
    group: "model",
    summary:
      "the chunks (~50 lines, 5 overlapping) most relevant to a query, keyword-scored; rerank: true asks the model",
    args: {
      ...SOURCE,
      query: { type: "string", required: true, description: "what to look for" },
      top_k: { type: "integer", minimum: 1, default: 5, description: "how many chunks" },
      chunk_lines: { type: "integer", minimum: 1, default: 50, description: "lines per chunk" },
      overlap: {
        type: "integer",
        minimum: 0,
        default: 5,
        description: "lines shared by neighbouring chunks",
      },
      rerank: {
        type: "boolean",
        default: false,
        description: "re-score the best chunks with the model (an llm_call cell)",
      },
      model: MODEL.model as ArgSpecs[string],
    },
    oneOf: [["content", "path"]],
    example: { path: "src/server.ts", query: "retry on timeout", top_k: 3 },
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../find-relevant-op.js"),
  },
  {
    name: "extract_functions",
    group: "model",
    summary:
      "functions and methods of python, go, javascript or typescript source, found by a real parser (tree-sitter)",
    args: {
      ...SOURCE,
      language: {
        type: "string",
        enum: ["python", "go", "javascript", "typescript"],
        description: "source language (default: from the path's extension)",
      },
    },
    oneOf: [["content", "path"]],
    example: { path: "src/app.py" },
    session: true,
    recording: "repl",
    replayable: true,
    load: () => import("../extract-functions-op.js"),
  },
];
