import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/test-support.ts"],
  format: "esm",
  dts: true,
  platform: "node",
  target: "node20",
});
