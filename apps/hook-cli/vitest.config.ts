import { rlmVitestConfig } from "@rlm/test-utils/vitest";
import { defineConfig } from "vitest/config";

const base = rlmVitestConfig();
const PARALLEL = "test/parallel.test.ts";
const { reporters: _reporters, ...shared } = base.test ?? {};

// The parallel test times 16 hook processes at once: it runs after every other file of
// this package has finished (a later group), so their processes do not share its cores.
// (Projects are spelled out, not `extends: true`, which would concatenate `include`.)
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: [
      {
        resolve: base.resolve,
        ssr: base.ssr,
        test: { ...shared, name: "hook-cli", exclude: [PARALLEL], sequence: { groupOrder: 0 } },
      },
      {
        resolve: base.resolve,
        ssr: base.ssr,
        test: { ...shared, name: "parallel", include: [PARALLEL], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
