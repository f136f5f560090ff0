import { defineConfig } from "tsdown";

export default defineConfig([
  // The published package: ESM, dependencies imported from node_modules. The worker is a
  // second entry: the CLI runs the library in it so Ctrl-C is heard during a long run.
  {
    entry: ["src/index.ts", "src/worker.ts"],
    format: "esm",
    dts: true,
    platform: "node",
    target: "node20",
  },
  // The Claude Code plugin's copy: one CommonJS file with every dependency inlined, run as
  // `node plugin/bin/rlm-migrate.cjs` with no node_modules around it (tooling/plugin-sync.mjs
  // copies it there). The same file is its own worker.
  {
    entry: { "rlm-migrate": "src/plugin-main.ts" },
    format: "cjs",
    outDir: "dist/plugin",
    outExtensions: () => ({ js: ".cjs" }),
    deps: { alwaysBundle: [/./], onlyBundle: false },
    outputOptions: { codeSplitting: false },
    dts: false,
    platform: "node",
    target: "node20",
    clean: false,
  },
]);
