#!/usr/bin/env node
// `npm run demo`: run the demo in a fresh temporary root and print what it left on disk.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderTree } from "./print-tree.js";
import { runDemo } from "./run-demo.js";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`usage: rlm-demo [--keep] [--json]

Creates a session in a temporary sessions root, records a few updates, cells, an edit
and a replay through the real packages, then prints the tree and session.json.
  --keep   keep the temporary directory (its path is printed)
  --json   print one JSON object (root, session, invalidation, replay) instead of text
exit codes: 0 ok, 1 the demo failed, 2 usage error`);
  process.exit(0);
}
const unknown = args.filter((a) => a !== "--keep" && a !== "--json");
if (unknown.length > 0) {
  console.error(`rlm-demo: unknown option ${unknown[0]} (see --help)`);
  process.exit(2);
}

const base = mkdtempSync(join(tmpdir(), "rlm-demo-"));
const root = join(base, "rlm-sessions");
try {
  const r = await runDemo(root);
  if (args.includes("--json")) {
    console.log(
      JSON.stringify({ root, session: r.state, invalidated: r.invalidated, replay: r.replay }, null, 2),
    );
  } else {
    console.log(`Sessions root: ${root}\n`);
    console.log(["rlm-sessions/", ...renderTree(root)].join("\n"));
    console.log(`\n${r.sessionId}/session.json:`);
    const onDisk = JSON.parse(readFileSync(join(root, r.sessionId, "session.json"), "utf8"));
    console.log(JSON.stringify(onDisk, null, 2));
    console.log("Edited notes.md → invalidated:");
    for (const c of r.invalidated) console.log(`  ${c.cellId}  ${c.from} → stale  (${c.reason.kind})`);
    console.log("Replay of the stale cells:");
    for (const s of r.replay.steps)
      console.log(`  ${String(s.position).padStart(2)}. ${s.cellId} ${s.type.padEnd(12)} ${s.outcome}`);
    const c = r.replay.counts;
    console.log(
      `  ${c.live} live, ${c.cached} cached, ${c.failed} failed, ${c.skipped} skipped (${r.cellCount} cells)`,
    );
  }
} catch (err) {
  console.error(`rlm-demo: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  if (args.includes("--keep")) console.error(`kept ${base}`);
  else rmSync(base, { recursive: true, force: true });
}
