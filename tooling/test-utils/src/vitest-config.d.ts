import type { UserConfig } from "vitest/config";

export function rlmVitestConfig(overrides?: { testTimeout?: number; include?: string[] }): UserConfig;
