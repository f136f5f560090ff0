import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/client.ts", "src/serve.ts"],
  format: "esm",
  dts: true,
  platform: "node",
  target: "node20",
});
