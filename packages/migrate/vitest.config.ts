import { rlmVitestConfig } from "@rlm/test-utils/vitest";

// Migrations of real trees and child processes: fast on a quiet machine, slow under load.
export default rlmVitestConfig({ testTimeout: 120_000 });
