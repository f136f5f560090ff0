import { defineConfig } from "tsdown";
import { lazyPlugin } from "./build/lazy-plugin.mjs";

// The plugin's rlm-repl: ONE CommonJS file with every JS dependency inlined (the plugin
// ships it as plugin/bin/rlm-repl.cjs and never runs an install for it). rolldown splits
// it at each dynamic import and build/lazy-plugin.mjs folds the chunks back in, the lazy
// ones compressed and compiled on first use, so an op loads only what it needs. Native /
// wasm packages stay outside, loaded by the ops that need them: better-sqlite3 (memory
// ops) and @vscode/tree-sitter-wasm (extract_functions).
const OUTSIDE = ["better-sqlite3", "@vscode/tree-sitter-wasm"];

export default defineConfig({
  entry: { "rlm-repl": "src/main.ts" },
  format: "cjs",
  platform: "node",
  target: "node20",
  outDir: "dist/plugin",
  dts: false,
  clean: true,
  external: OUTSIDE,
  noExternal: (id) => !OUTSIDE.includes(id),
  outExtensions: () => ({ js: ".cjs" }),
  plugins: [lazyPlugin()],
});
