import { rlmVitestConfig } from "@rlm/test-utils/vitest";

// Every test runs the built CLI in child processes (a few with npm): seconds on a quiet
// machine, minutes when the 2 cores are shared with other full test runs.
export default rlmVitestConfig({ testTimeout: 240_000 });
