import { defineConfig } from "tsdown";

// Bundled to one file: the demo starts fast and runs from dist/ without the workspace.
export default defineConfig({
  entry: ["src/main.ts"],
  format: "esm",
  platform: "node",
  target: "node20",
  dts: false,
  noExternal: [/^@rlm\//],
});
