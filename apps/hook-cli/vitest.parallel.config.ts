import { rlmVitestConfig } from "@rlm/test-utils/vitest";
import { defineConfig } from "vitest/config";

const base = rlmVitestConfig({ include: ["test/parallel.test.ts"] });

// `pnpm run test:parallel`: the parallel test alone, reported beside the package's other
// tests (its own JSON report, which the workspace summary of `npm test` also reads).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    reporters: ["default", ["json", { outputFile: ".test-results/vitest-parallel.json" }]],
  },
});
