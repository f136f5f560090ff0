import { rlmVitestConfig } from "@rlm/test-utils/vitest";

export default rlmVitestConfig({ testTimeout: 60_000 });
