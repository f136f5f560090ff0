import { defineConfig, type UserConfig } from "tsdown";
import { lazyPlugin } from "./build/lazy-plugin.mjs";

// The plugin's rlm-repl: two CommonJS files with every JS dependency inlined (the plugin
// ships them as plugin/bin/ and never runs an install for them):
// - rlm-repl.cjs, the process started for every operation: node:fs/path/os only, it hands
//   a read-only operation to the resident helper of the sessions root, or loads the core;
// - rlm-repl-core.cjs, everything else. rolldown splits it at each dynamic import and
//   build/lazy-plugin.mjs folds the chunks back in, the lazy ones compressed and compiled
//   on first use, so an op loads only what it needs.
// Native / wasm packages stay outside, loaded by the ops that need them: better-sqlite3
// (memory ops) and @vscode/tree-sitter-wasm (extract_functions).
const OUTSIDE = ["better-sqlite3", "@vscode/tree-sitter-wasm"];

const common: UserConfig = {
  format: "cjs",
  platform: "node",
  target: "node20",
  outDir: "dist/plugin",
  dts: false,
  external: OUTSIDE,
  noExternal: (id) => !OUTSIDE.includes(id),
  outExtensions: () => ({ js: ".cjs" }),
};

export default defineConfig([
  {
    ...common,
    entry: { "rlm-repl": "src/client.ts" },
    outputOptions: { codeSplitting: false, banner: "#!/usr/bin/env node" },
    minify: true,
    clean: true,
  },
  {
    ...common,
    entry: { "rlm-repl-core": "src/main.ts" },
    clean: false,
    plugins: [lazyPlugin()],
  },
]);
