import { extname } from "node:path";
import type { OpContext } from "../bridge/op-context.js";
import { usageError } from "../errors/repl-error.js";
import { extractFunctions, type SourceLanguage } from "../parsers/extract-functions.js";
import type { OpOutcome } from "./op-spec.js";
import { readSource } from "./read-source.js";

const BY_EXTENSION: Record<string, SourceLanguage> = {
  ".py": "python",
  ".pyi": "python",
  ".go": "go",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "typescript",
};

/** Functions and methods of a source file or text, by tree-sitter. */
export async function run(ctx: OpContext, args: Record<string, unknown>): Promise<OpOutcome> {
  const source = readSource(ctx, args);
  const ext = source.path === undefined ? "" : extname(source.path).toLowerCase();
  const language = (args.language as SourceLanguage | undefined) ?? BY_EXTENSION[ext];
  if (language === undefined)
    throw usageError(
      `extract_functions: cannot tell the language of ${source.path ?? "inline content"}`,
      'pass "language": one of python, go, javascript, typescript',
    );
  const { functions, parseErrors } = await extractFunctions(source.text, language, {
    tsx: ext === ".tsx" || ext === ".jsx",
  });
  return {
    result: {
      language,
      ...(source.path !== undefined ? { path: source.path } : {}),
      count: functions.length,
      functions,
      parse_errors: parseErrors,
    },
    files: source.files,
  };
}
