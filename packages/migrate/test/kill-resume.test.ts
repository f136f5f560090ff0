import { readdirSync } from "node:fs";
import { join } from "node:path";
import { isSessionId } from "@rlm/session-schema";
import { tempDir } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../src/index.js";
import { readMigrated } from "../src/verify/read-migrated.js";
import { childNodeArgs, spawnChild } from "./support/child-command.js";
import { FIXED_NOW } from "./support/fixture-case.js";
import { generateLegacy } from "./support/generate-legacy.js";
import { normalizedTree, runIdsIn } from "./support/normalize-tree.js";

// kill -9 a migrating child process at random moments, then run again: the final tree
// must equal an uninterrupted run's. The run's own logs (journal.jsonl, report.json)
// legitimately differ and are left out of the comparison.

const CHILD = join(import.meta.dirname, "support", "migrate-child.mjs");
const NODE_ARGS = childNodeArgs();
const TRIALS = 20;
const SESSIONS = 16;

interface ChildRun {
  killed: boolean;
  ms: number;
}

/**
 * Run the child; when `kill` is given, SIGKILL it `kill.afterMs` after it reported
 * `kill.events` progress events: the kill lands mid-run whatever the machine's speed.
 */
function runChild(
  legacy: string,
  root: string,
  kill: { events: number; afterMs: number } | null,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(CHILD, [legacy, root], NODE_ARGS);
    let out = "";
    let readyAt = 0;
    let armed = false;
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (readyAt === 0 && out.includes("ready\n")) readyAt = performance.now();
      const events = out.split("event\n").length - 1;
      if (kill && !armed && readyAt > 0 && events >= kill.events) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), kill.afterMs);
      }
    });
    child.stderr?.resume();
    child.on("error", reject);
    // "exit": the child is reaped, so the next run sees its lock as abandoned.
    child.on("exit", (code, signal) => {
      if (code !== 0 && signal !== "SIGKILL") reject(new Error(`child failed: ${code} ${out}`));
      resolve({ killed: signal === "SIGKILL", ms: performance.now() - readyAt });
    });
  });
}

function comparable(root: string, tmp: string): Record<string, string> {
  const tree = normalizedTree(root, { tmp, root, runIds: runIdsIn(root) });
  for (const k of Object.keys(tree))
    if (/^migration-backup\/RUN-ID\/(journal\.jsonl|report\.json)$/.test(k)) delete tree[k];
  return tree;
}

describe("kill -9 during a migration", () => {
  const dir = tempDir("rlm-kill-");
  const legacy = dir.join("legacy");
  let baseline: Record<string, string>;
  let fullMs = 0;

  beforeAll(async () => {
    generateLegacy(legacy, { sessions: SESSIONS, seed: 7, toolOutputs: 4 });
    const root = dir.join("baseline");
    fullMs = (await runChild(legacy, root, null)).ms;
    baseline = comparable(root, dir.path);
  }, 60_000);

  it(`is finished by the next run, whatever the moment (${TRIALS} random kills)`, async () => {
    let killedMidRun = 0;
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < TRIALS; trial++) {
      const root = dir.join(`trial-${trial}`);
      const kill = {
        events: Math.floor(random() * (SESSIONS + 1)),
        afterMs: random() * (fullMs / (SESSIONS + 1)),
      };
      const run = await runChild(legacy, root, kill);
      if (run.killed) killedMidRun++;
      // Whatever is in place is whole: renamed in complete, or not there at all.
      let entries: string[] = [];
      try {
        entries = readdirSync(root);
      } catch {
        /* killed before the root was made */
      }
      for (const id of entries.filter((n) => isSessionId(n) && n !== "migration-backup")) {
        const m = readMigrated(join(root, id));
        expect(m.problems, `${id} after kill in trial ${trial}`).toEqual([]);
        expect(m.cells.size).toBe((m.session?.cells as { count: number } | undefined)?.count);
      }
      const again = migrate({ legacyDir: legacy, sessionsDir: root, now: FIXED_NOW });
      expect(again.ok).toBe(true);
      expect(comparable(root, dir.path), `trial ${trial}`).toEqual(baseline);
    }
    expect(killedMidRun).toBeGreaterThanOrEqual(TRIALS * 0.75);
  }, 120_000);
});
