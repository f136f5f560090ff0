import { parserFor, type TsNode } from "./load-tree-sitter.js";

export type SourceLanguage = "python" | "go" | "javascript" | "typescript";

export interface FunctionInfo {
  name: string;
  kind: "function" | "method" | "arrow";
  /** The enclosing class (python, js/ts) or the receiver type (go methods). */
  class?: string;
  /** The definition up to its body, whitespace collapsed. */
  signature: string;
  /** 1-based, inclusive. */
  start_line: number;
  end_line: number;
  async?: true;
}

const DEFINITIONS: Record<SourceLanguage, ReadonlySet<string>> = {
  python: new Set(["function_definition"]),
  go: new Set(["function_declaration", "method_declaration"]),
  javascript: new Set([
    "function_declaration",
    "generator_function_declaration",
    "method_definition",
    "variable_declarator",
    "pair",
    "export_statement",
  ]),
  typescript: new Set([
    "function_declaration",
    "generator_function_declaration",
    "method_definition",
    "variable_declarator",
    "pair",
    "export_statement",
  ]),
};
/** Nodes whose `value` may be a function: a variable, an object-literal property, `export default`. */
const VALUE_HOLDERS = new Set(["variable_declarator", "pair", "export_statement"]);
const FUNCTION_VALUES = new Set(["arrow_function", "function_expression", "function", "generator_function"]);

/**
 * Every function and method in `source`, nested ones included, in source order, found by
 * tree-sitter (a real parser: multi-line signatures, decorators and nesting are handled).
 */
export async function extractFunctions(
  source: string,
  language: SourceLanguage,
  options: { tsx?: boolean } = {},
): Promise<{ functions: FunctionInfo[]; parseErrors: boolean }> {
  const grammar = language === "typescript" && options.tsx ? "tsx" : language;
  const parser = await parserFor(grammar);
  const tree = parser.parse(source);
  if (tree === null) throw new Error(`tree-sitter returned no tree for ${language} source`);
  try {
    const functions: FunctionInfo[] = [];
    const wanted = DEFINITIONS[language];
    const stack: TsNode[] = [tree.rootNode];
    while (stack.length > 0) {
      const node = stack.pop() as TsNode;
      if (wanted.has(node.type)) {
        const info = describe(node, language, source);
        if (info !== null) functions.push(info);
      }
      const kids = node.namedChildren;
      for (let i = kids.length - 1; i >= 0; i--) {
        const k = kids[i];
        if (k) stack.push(k);
      }
    }
    return { functions, parseErrors: tree.rootNode.hasError };
  } finally {
    tree.delete();
    parser.delete();
  }
}

function describe(node: TsNode, language: SourceLanguage, source: string): FunctionInfo | null {
  let fn = node;
  let name = node.childForFieldName("name")?.text;
  let kind: FunctionInfo["kind"] = "function";
  if (VALUE_HOLDERS.has(node.type)) {
    // `const f = () => …`, `{ f: function () {…} }`, `export default function () {…}`
    const value = node.childForFieldName("value");
    if (value === null || !FUNCTION_VALUES.has(value.type)) return null;
    fn = value;
    kind = value.type === "arrow_function" ? "arrow" : "function";
    if (node.type === "pair") name = propertyName(node.childForFieldName("key"));
    else if (node.type === "export_statement") name = "default";
  }
  if (name === undefined) return null;
  let owner: string | undefined;
  if (language === "go" && node.type === "method_declaration") {
    kind = "method";
    owner = receiverType(node.childForFieldName("receiver"));
  } else if (
    node.type === "method_definition" ||
    (language === "python" && enclosingClass(node) !== undefined)
  ) {
    owner = enclosingClass(node);
    if (owner !== undefined || node.type === "method_definition") kind = "method";
  }
  const body = fn.childForFieldName("body");
  const start = outerStart(node, language);
  const sigEnd = body === null ? node.endIndex : body.startIndex;
  const signature = source
    .slice(start.startIndex, sigEnd)
    .replace(/\s+/g, " ")
    .replace(/\s*[:{]?\s*$/, "")
    .trim();
  const info: FunctionInfo = {
    name,
    kind,
    signature,
    start_line: start.startPosition.row + 1,
    end_line: node.endPosition.row + 1,
  };
  if (owner !== undefined) info.class = owner;
  if (
    /^(?:export\s+)?(?:default\s+)?(?:static\s+)?async\b/.test(signature) ||
    /\basync\s+(?:def|function)\b/.test(signature) ||
    (fn !== node && /^async\b/.test(fn.text))
  )
    info.async = true;
  return info;
}

/** Python decorators and `export`/`const` wrappers belong to the definition's first line. */
function outerStart(node: TsNode, language: SourceLanguage): TsNode {
  let n = node;
  const p = n.parent;
  if (language === "python" && p?.type === "decorated_definition") return p;
  if (n.type === "variable_declarator" && p !== null && /declaration$/.test(p.type)) n = p;
  if (n.parent?.type === "export_statement") n = n.parent;
  return n;
}

function enclosingClass(node: TsNode): string | undefined {
  for (let p = node.parent; p !== null; p = p.parent) {
    if (
      p.type === "class_definition" ||
      p.type === "class_declaration" ||
      p.type === "abstract_class_declaration" ||
      p.type === "class"
    )
      return p.childForFieldName("name")?.text;
    if (
      p.type === "function_definition" ||
      p.type === "function_declaration" ||
      p.type === "method_definition"
    )
      return undefined;
  }
  return undefined;
}

/** An object-literal key as written: `n`, `"q"` → `q`, `[expr]` as is. */
function propertyName(key: TsNode | null): string | undefined {
  if (key === null) return undefined;
  if (key.type === "string") return key.text.slice(1, -1);
  return key.text;
}

function receiverType(receiver: TsNode | null): string | undefined {
  if (receiver === null) return undefined;
  const m = /\*?\s*([A-Za-z_][\w.]*)(?:\[[^\]]*\])?\s*\)\s*$/.exec(receiver.text);
  return m?.[1];
}
