import { rlmVitestConfig } from "@rlm/test-utils/vitest";

export default rlmVitestConfig();
