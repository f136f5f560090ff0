import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// One CommonJS file with every dependency inlined: Claude Code starts this process on every
// hook event, so it must not pay for module resolution (STYLE.md §7), and the plugin ships
// it as plugin/bin/rlm-hook.cjs without ever running an install.
export default defineConfig({
  entry: { "rlm-hook": "src/main.ts" },
  format: "cjs",
  outDir: "dist/plugin",
  outExtensions: () => ({ js: ".cjs" }),
  deps: { alwaysBundle: [/./], onlyBundle: false },
  outputOptions: { codeSplitting: false, banner: "#!/usr/bin/env node" },
  dts: false,
  platform: "node",
  target: "node20",
  clean: true,
  minify: true,
  define: { __RLM_HOOK_VERSION__: JSON.stringify(version) },
});
