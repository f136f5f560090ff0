// Plain JS on purpose: vitest loads config files' dependencies with Node itself, which
// cannot import TypeScript from a workspace package.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Shared vitest setup: resolve workspace packages to their TypeScript sources (no build
 * needed), and remove every `tempDir()` after its test or file.
 * @param {{ testTimeout?: number, include?: string[] }} [overrides]
 */
export function rlmVitestConfig(overrides = {}) {
  return defineConfig({
    resolve: { conditions: ["source"] },
    ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
    test: {
      include: overrides.include ?? ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: overrides.testTimeout ?? 20_000,
      hookTimeout: 60_000,
      pool: "forks",
      setupFiles: [fileURLToPath(new URL("./temp-setup.ts", import.meta.url))],
      // The JSON report lets `npm test` print one workspace-wide "N passed, N failed" line.
      reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
    },
  });
}
