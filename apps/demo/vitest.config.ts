import { rlmVitestConfig } from "@rlm/test-utils/vitest";

// Each demo run starts ~25 node processes one after another (every hook event of a real
// session); on a loaded 2-core CI runner one run has taken over 20 s.
export default rlmVitestConfig({ testTimeout: 180_000 });
