import { readdirSync } from "node:fs";
import { join } from "node:path";
import { hashTree } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { migrate, verifyMigration } from "../src/index.js";
import { readExpected, updating, writeExpected } from "./support/expected-tree.js";
import { FIXED_NOW, FIXTURES, prepareCase } from "./support/fixture-case.js";
import { normalizedTree, normalizeValue, runIdsIn } from "./support/normalize-tree.js";

// Each __fixtures__/<case>/legacy/ is migrated (into a copy of <case>/before/ when present)
// and the sessions root plus the report are compared with <case>/expected/, volatile values
// normalized. UPDATE_FIXTURES=1 rewrites expected/. Every case runs twice: the second run
// writes nothing and migrates nothing.

const cases = readdirSync(FIXTURES).filter((n) => !n.startsWith("."));

describe.each(cases)("fixture %s", (name) => {
  it("migrates to the expected tree, leaves legacy untouched, and a second run is a no-op", () => {
    const { tmp, legacy, root, claudeDir } = prepareCase(name);
    const legacyBefore = hashTree(legacy);
    const options = { legacyDir: legacy, sessionsDir: root, claudeDir, now: FIXED_NOW };
    const report = migrate(options);
    const volatile = { tmp: tmp.path, runIds: runIdsIn(root) };
    const actual: Record<string, string> = {};
    for (const [k, v] of Object.entries(normalizedTree(root, volatile))) actual[`sessions/${k}`] = v;
    actual["report.json"] = `${JSON.stringify(normalizeValue(report, volatile, "report.json"), null, 2)}\n`;
    const expectedDir = join(FIXTURES, name, "expected");
    if (updating) writeExpected(expectedDir, actual);
    expect(actual).toEqual(readExpected(expectedDir));
    expect(hashTree(legacy)).toEqual(legacyBefore);

    const settled = hashTree(root);
    const again = migrate(options);
    expect(again.runId).toBeNull();
    expect(again.totals.migrated + again.totals.replaced).toBe(0);
    expect(again.totals.failed).toBe(report.totals.failed);
    expect(hashTree(root)).toEqual(settled);
    expect(hashTree(legacy)).toEqual(legacyBefore);

    const verified = verifyMigration(options);
    expect(verified.totals.mismatch).toBe(0);
    expect(verified.totals.missing).toBe(0);
  });
});
