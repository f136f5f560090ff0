// rlm-repl ships as ONE CommonJS file, yet starts by reading and compiling only what the
// operation needs. rolldown splits the bundle at every dynamic `import()` (each op, the
// store and cells, the Anthropic SDK, the parsers…); this plugin then folds the chunks
// back into the entry file:
//
// - chunks the entry needs at start (its static imports) become plain functions in the
//   file, called once, like modules;
// - every other chunk is stored brotli-compressed as a base64 string and decompressed and
//   compiled (vm.compileFunction) the first time it is required. V8 scans a base64 string
//   far faster than it pre-parses code, and the file is ~5x smaller than the code it holds.
//
// It also makes rolldown's hoisted `require("node:…")` lazy (a proxy loads the built-in on
// first property access), except fs and path, which every run uses.
import { brotliCompressSync, constants } from "node:zlib";

const EAGER_BUILTINS = new Set(["node:fs", "node:path"]);
const LAZY_BUILTIN =
  "var __rlmBuiltin = (load) => { let m; const get = () => (m ??= load()); return new Proxy({}, { get: (_, k) => get()[k], has: (_, k) => k in get(), ownKeys: () => Reflect.ownKeys(get()), getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(get(), k); return d && { ...d, configurable: true }; } }); };\n";
const PARAMS = ["exports", "require", "module", "__filename", "__dirname", "__rlmRequire"];

export function lazyPlugin() {
  return {
    name: "rlm-single-file",
    renderChunk(code) {
      let lazy = false;
      const out = code.replace(
        /^let (node_[\w$]+) = require\("(node:[\w/]+)"\);\n(?:\1 = __toESM\(\1, 1\);\n)?/gm,
        (all, name, id) => {
          if (EAGER_BUILTINS.has(id)) return all;
          lazy = true;
          const load = all.includes("__toESM") ? `__toESM(require("${id}"), 1)` : `require("${id}")`;
          return `let ${name} = __rlmBuiltin(() => ${load});\n`;
        },
      );
      return { code: lazy ? insertAfterDirectives(out, LAZY_BUILTIN) : out, map: null };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
      const entry = chunks.find((c) => c.isEntry);
      if (entry === undefined) throw new Error("rlm-single-file: no entry chunk");
      const eager = new Set();
      const visit = (c) => {
        for (const name of c.imports) {
          const dep = bundle[name];
          if (dep?.type === "chunk" && !eager.has(name)) {
            eager.add(name);
            visit(dep);
          }
        }
      };
      visit(entry);
      const local = (code) => code.replace(/\brequire\("\.\/([^"]+\.cjs)"\)/g, '__rlmRequire("$1")');
      const eagerFns = [];
      const lazyStrings = [];
      for (const c of chunks) {
        if (c === entry) continue;
        if (eager.has(c.fileName))
          eagerFns.push(
            `${JSON.stringify(c.fileName)}: function (${PARAMS.join(", ")}) {\n${local(c.code)}\n}`,
          );
        else {
          const packed = brotliCompressSync(Buffer.from(local(c.code)), {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
          });
          lazyStrings.push(`${JSON.stringify(c.fileName)}: "${packed.toString("base64")}"`);
        }
        delete bundle[c.fileName];
      }
      const loader = `const __rlmEager = {\n${eagerFns.join(",\n")}\n};
const __rlmPacked = {\n${lazyStrings.join(",\n")}\n};
const __rlmModules = Object.create(null);
__rlmModules[${JSON.stringify(entry.fileName)}] = module; // chunks import shared code from the entry
function __rlmRequire(name) {
  const cached = __rlmModules[name];
  if (cached !== undefined) return cached.exports;
  const module = { exports: {} };
  __rlmModules[name] = module;
  let fn = __rlmEager[name];
  if (fn === undefined) {
    const packed = __rlmPacked[name];
    if (packed === undefined) throw new Error("rlm-repl bundle: no chunk " + name);
    const source = require("node:zlib").brotliDecompressSync(Buffer.from(packed, "base64")).toString("utf8");
    fn = require("node:vm").compileFunction(source, ${JSON.stringify(PARAMS)}, { filename: __filename + "/" + name });
  }
  fn.call(module.exports, module.exports, require, module, __filename, __dirname, __rlmRequire);
  return module.exports;
}
`;
      entry.code = insertAfterDirectives(local(entry.code), loader);
    },
  };
}

function insertAfterDirectives(code, text) {
  const m = /^(?:#![^\n]*\n)?(?:\s*(?:"use strict"|'use strict');?\n)?/.exec(code);
  const at = m ? m[0].length : 0;
  return code.slice(0, at) + text + code.slice(at);
}
