// Two rewrites that keep rlm-repl's start-up to what the operation needs:
//
// 1. `@anthropic-ai/sdk` (1.5 MB of JavaScript, only for model calls) is embedded
//    brotli-compressed as a base64 string, decompressed and compiled on first use: the
//    bundle stays one file, and start-up reads and scans ~0.3 MB instead of 1.5 MB of code.
// 2. rolldown hoists every `require("node:…")` of the bundle to the top of the file, even
//    for modules only reached through a lazy `import()`. Built-ins other than fs and path
//    become lazy proxies, loaded on first property access.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const SDK_ID = "\0rlm-embedded-anthropic-sdk";
const EAGER = new Set(["node:fs", "node:path"]);

export function lazyPlugin({ sdkBundle }) {
  return {
    name: "rlm-lazy",
    resolveId(id) {
      return id === "@anthropic-ai/sdk" ? SDK_ID : null;
    },
    load(id) {
      if (id !== SDK_ID) return null;
      const packed = brotliCompressSync(readFileSync(sdkBundle), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).toString("base64");
      return [
        `const packed = "${packed}";`,
        'const source = require("node:zlib").brotliDecompressSync(Buffer.from(packed, "base64")).toString("utf8");',
        "const mod = { exports: {} };",
        `require("node:vm").compileFunction(source, ["exports", "require", "module"], { filename: ${JSON.stringify(join("rlm-repl.cjs", "anthropic-sdk.cjs"))} })(mod.exports, require, mod);`,
        "module.exports = mod.exports;",
      ].join("\n");
    },
    renderChunk(code) {
      const lazy =
        "var __rlmLazy = (load) => { let m; const get = () => (m ??= load()); return new Proxy({}, { get: (_, k) => get()[k], has: (_, k) => k in get(), ownKeys: () => Reflect.ownKeys(get()), getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(get(), k); return d && { ...d, configurable: true }; } }); };\n";
      let out = code.replace(
        /^let (node_[\w$]+) = require\("(node:[\w/]+)"\);\n(?:\1 = __toESM\(\1, 1\);\n)?/gm,
        (all, name, id) => {
          if (EAGER.has(id)) return all;
          const wrapped = all.includes("__toESM") ? `__toESM(require("${id}"), 1)` : `require("${id}")`;
          return `let ${name} = __rlmLazy(() => ${wrapped});\n`;
        },
      );
      const at = out.indexOf("//#endregion\n");
      out = at === -1 ? lazy + out : out.slice(0, at + 13) + lazy + out.slice(at + 13);
      return { code: out, map: null };
    },
  };
}
