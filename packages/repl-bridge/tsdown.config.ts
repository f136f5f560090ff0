import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/test-support.ts"],
  format: "esm",
  dts: true,
  platform: "node",
  target: "node20",
  external: ["better-sqlite3", "@vscode/tree-sitter-wasm"],
});
