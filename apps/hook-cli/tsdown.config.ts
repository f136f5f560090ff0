import { readFileSync } from "node:fs";
import { defineConfig, type UserConfig } from "tsdown";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// Two CommonJS files with every dependency inlined, shipped by the plugin as plugin/bin/
// without ever running an install (STYLE.md §7):
// - rlm-hook.cjs, the process Claude Code starts on every event: node:fs/path/os only,
//   it hands the event to the resident helper (or loads the core when there is none);
// - rlm-hook-core.cjs, everything else: the handlers, the in-process path, the helper.
const common: UserConfig = {
  format: "cjs",
  outDir: "dist/plugin",
  outExtensions: () => ({ js: ".cjs" }),
  deps: { alwaysBundle: [/./], onlyBundle: false },
  dts: false,
  platform: "node",
  target: "node20",
  minify: true,
  define: { __RLM_HOOK_VERSION__: JSON.stringify(version) },
};

export default defineConfig([
  {
    ...common,
    entry: { "rlm-hook": "src/client.ts" },
    outputOptions: { codeSplitting: false, banner: "#!/usr/bin/env node" },
    clean: true,
  },
  {
    ...common,
    entry: { "rlm-hook-core": "src/main.ts" },
    outputOptions: { codeSplitting: false },
    clean: false,
  },
]);
