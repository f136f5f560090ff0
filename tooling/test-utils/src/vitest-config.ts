import { defineConfig } from "vitest/config";

/** Shared vitest setup: resolve workspace packages to their TypeScript sources (no build needed). */
export function rlmVitestConfig(overrides: { testTimeout?: number; include?: string[] } = {}) {
  return defineConfig({
    resolve: { conditions: ["source"] },
    ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
    test: {
      include: overrides.include ?? ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: overrides.testTimeout ?? 20_000,
      hookTimeout: 60_000,
      pool: "forks",
      reporters: ["default"],
    },
  });
}
