import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ReplError } from "../errors/repl-error.js";

/** The part of web-tree-sitter's API we use (runtime and grammars from @vscode/tree-sitter-wasm). */
export interface TsNode {
  type: string;
  text: string;
  startIndex: number;
  endIndex: number;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
  namedChildren: (TsNode | null)[];
  parent: TsNode | null;
  hasError: boolean;
  childForFieldName(name: string): TsNode | null;
}
interface TsParser {
  setLanguage(lang: unknown): void;
  parse(text: string): { rootNode: TsNode; delete(): void } | null;
  delete(): void;
}
interface TreeSitterModule {
  Parser: {
    init(o: { locateFile: (f: string) => string; wasmBinary?: Uint8Array }): Promise<void>;
    new (): TsParser;
  };
  Language: { load(bytes: Uint8Array): Promise<unknown> };
}

const PACKAGE = "@vscode/tree-sitter-wasm";
let runtime: Promise<{ mod: TreeSitterModule; dir: string }> | undefined;
const languages = new Map<string, Promise<unknown>>();

/** A parser for one grammar (`python`, `go`, `javascript`, `typescript`, `tsx`); loaded once per process. */
export async function parserFor(grammar: string): Promise<TsParser> {
  runtime ??= loadRuntime();
  const { mod, dir } = await runtime;
  let lang = languages.get(grammar);
  if (lang === undefined) {
    lang = mod.Language.load(readFileSync(join(dir, `tree-sitter-${grammar}.wasm`)));
    languages.set(grammar, lang);
  }
  const parser = new mod.Parser();
  parser.setLanguage(await lang);
  return parser;
}

async function loadRuntime(): Promise<{ mod: TreeSitterModule; dir: string }> {
  const req = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = req.resolve(PACKAGE);
  } catch (err) {
    throw new ReplError(
      "ERR_RLM_MISSING_MODULE",
      `extract_functions needs ${PACKAGE} (tree-sitter and its grammars) and it cannot be found`,
      {
        hint: `install it next to rlm-repl: npm install ${PACKAGE}@0.3.1`,
        cause: err,
      },
    );
  }
  const dir = dirname(entry);
  const loaded = req(entry) as { default?: TreeSitterModule } & Partial<TreeSitterModule>;
  const mod = (loaded.Parser ? loaded : loaded.default) as TreeSitterModule;
  await mod.Parser.init({ locateFile: (f: string) => join(dir, f) });
  return { mod, dir };
}
