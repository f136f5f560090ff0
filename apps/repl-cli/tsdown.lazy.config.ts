import { createRequire } from "node:module";
import { defineConfig } from "tsdown";

// The Anthropic SDK as one CommonJS file, embedded by build/lazy-plugin.mjs into the
// rlm-repl bundle (built first: see the package's build script). The SDK is a dependency
// of @rlm/repl-bridge, so it is resolved from there.
const fromBridge = createRequire(createRequire(import.meta.url).resolve("@rlm/repl-bridge/package.json"));

export default defineConfig({
  entry: { "anthropic-sdk": "build/anthropic-sdk-entry.js" },
  format: "cjs",
  platform: "node",
  target: "node20",
  outDir: "dist/lazy",
  dts: false,
  clean: true,
  // The ESM build: rolldown mis-names a binding when it inlines the CommonJS @opentelemetry/api.
  alias: { "@anthropic-ai/sdk": fromBridge.resolve("@anthropic-ai/sdk").replace(/\.js$/, ".mjs") },
  noExternal: () => true,
  outExtensions: () => ({ js: ".cjs" }),
  outputOptions: { codeSplitting: false },
});
