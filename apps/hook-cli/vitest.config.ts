import { rlmVitestConfig } from "@rlm/test-utils/vitest";
import { defineConfig } from "vitest/config";

const base = rlmVitestConfig();

// test/parallel.test.ts times 16 hook processes at once: it is not part of `test` but of
// `test:parallel` (vitest.parallel.config.ts), which `npm test` runs alone after every
// other package's tests, so no other test's processes share its cores.
export default defineConfig({
  ...base,
  test: { ...base.test, exclude: ["test/parallel.test.ts", "**/node_modules/**"] },
});
