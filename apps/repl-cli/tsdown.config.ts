import { defineConfig } from "tsdown";
import { lazyPlugin } from "./build/lazy-plugin.mjs";

// One CommonJS file with every JS dependency inlined (the plugin ships it as
// plugin/bin/rlm-repl.cjs and never runs an install for it). Dynamic imports stay lazy
// inside the file, the Anthropic SDK is embedded as a string compiled on first use, and
// heavy built-ins load on first use (build/lazy-plugin.mjs). Native / wasm packages stay
// outside, loaded by the ops that need them: better-sqlite3 (memory ops) and
// @vscode/tree-sitter-wasm (extract_functions).
export default defineConfig({
  entry: { "rlm-repl": "src/main.ts" },
  format: "cjs",
  platform: "node",
  target: "node20",
  outDir: "dist/plugin",
  dts: false,
  clean: true,
  external: ["better-sqlite3", "@vscode/tree-sitter-wasm"],
  noExternal: (id) => id !== "better-sqlite3" && id !== "@vscode/tree-sitter-wasm",
  outExtensions: () => ({ js: ".cjs" }),
  outputOptions: { codeSplitting: false },
  plugins: [lazyPlugin({ sdkBundle: "dist/lazy/anthropic-sdk.cjs" })],
});
