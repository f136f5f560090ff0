// Loaded by rlmVitestConfig (setupFiles) in every test file: temp dirs made outside a
// running test (module scope, beforeAll, beforeEach) are removed once the file is done.
import { afterAll } from "vitest";
import { removePendingTempDirs } from "./temp-tree.js";

afterAll(() => removePendingTempDirs());
