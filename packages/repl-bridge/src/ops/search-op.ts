import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { OpContext } from "../bridge/op-context.js";
import { usageError } from "../errors/repl-error.js";
import { findMatches, makeMatcher } from "../text/find-matches.js";
import type { OpOutcome } from "./op-spec.js";

const MAX_FILE_BYTES = 8 * 1024 * 1024;
const MATCHES_PER_KEY = 5;

interface Hit {
  source: string;
  key: string | number;
  count: number;
  matches: ReturnType<typeof findMatches>["matches"];
}

/**
 * Literal or regex search over the session's files (their current content on disk),
 * working memory, tool-output previews and cell outputs. Files searched are recorded in
 * the cell, so an edit to one of them makes this search stale.
 */
export function run(ctx: OpContext, args: Record<string, unknown>): OpOutcome {
  let re: RegExp;
  try {
    re = makeMatcher(args.pattern as string, args.regex as boolean, args.ignore_case as boolean);
  } catch (err) {
    throw usageError(
      `search: pattern ${JSON.stringify(args.pattern)} is not a valid regular expression: ${(err as Error).message}`,
      "check its brackets and escapes (JavaScript RegExp syntax), or leave out regex: true to search for the text as it is",
    );
  }
  const where = args.var as string;
  const all = where === "all";
  const hits: Hit[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const files: string[] = [];
  const add = (source: string, key: string | number, text: string) => {
    const found = findMatches(re, text, MATCHES_PER_KEY);
    if (found.count > 0) hits.push({ source, key, ...found });
  };
  const state = ctx.store().load(ctx.sessionId);
  if (all || where === "files") {
    const cwd = state.metadata.cwd ?? process.cwd();
    for (const path of Object.keys(state.context.files)) {
      const abs = isAbsolute(path) ? path : resolve(cwd, path);
      const text = readText(abs, skipped);
      if (text === null) continue;
      files.push(abs);
      add("files", path, text);
    }
  }
  if (all || where === "working_memory")
    for (const [k, v] of Object.entries(state.context.working_memory))
      add("working_memory", k, typeof v === "string" ? v : JSON.stringify(v, null, 1));
  if (all || where === "tool_outputs")
    state.context.tool_outputs.forEach((t, i) => {
      add("tool_outputs", i, t.content_preview);
    });
  if (all || where === "cells") {
    const cells = ctx.cells();
    for (const summary of cells.list()) {
      const out = cells.get(summary.cellId).output;
      const text = out.cached_response ?? (out.result === null ? out.error : JSON.stringify(out.result));
      if (text) add("cells", summary.cellId, text);
    }
  }
  const max = args.max_results as number;
  return {
    result: {
      pattern: args.pattern,
      regex: args.regex,
      var: where,
      count: hits.reduce((n, h) => n + h.count, 0),
      results: hits.slice(0, max),
      truncated: hits.length > max,
      skipped,
    },
    files,
  };
}

function readText(path: string, skipped: { file: string; reason: string }[]): string | null {
  try {
    const st = statSync(path);
    if (!st.isFile()) return note(skipped, path, "not a regular file");
    if (st.size > MAX_FILE_BYTES) return note(skipped, path, `larger than ${MAX_FILE_BYTES} bytes`);
    const buf = readFileSync(path);
    if (buf.includes(0)) return note(skipped, path, "binary");
    return buf.toString("utf8");
  } catch (err) {
    return note(skipped, path, (err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
}

function note(skipped: { file: string; reason: string }[], file: string, reason: string): null {
  skipped.push({ file, reason });
  return null;
}
