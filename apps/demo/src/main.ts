#!/usr/bin/env node
// `npm run demo`: a genuine Claude Code session replayed through rlm-hook in a temporary
// HOME, then printed (and the temporary directory removed, unless --keep).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { renderTree } from "./print-tree.js";
import { renderText } from "./render.js";
import { runDemo } from "./run-demo.js";

const HELP = `usage: rlm-demo [--transcript FILE] [--keep] [--json]

Turns a Claude Code transcript (default: a genuine one from the repository's samples) back
into the hook events Claude Code sent, sends each through the built rlm-hook as a child
process into a temporary HOME (~/.claude/rlm-sessions there), edits a file the session
read and reads it again, then prints the session, its cells, the invalidation and the
lineage.
  --transcript FILE  replay this transcript instead (e.g. one of ~/.claude/projects/*/*.jsonl)
  --keep             keep the temporary directory (its path is printed on stderr)
  --json             print one JSON object instead of text
exit codes: 0 ok, 1 the demo failed, 2 usage error`;

const args = process.argv.slice(2);
let transcript: string | undefined;
const flags = new Set<string>();
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === "--help" || a === "-h") {
    console.log(HELP);
    process.exit(0);
  } else if (a === "--transcript") transcript = args[++i];
  else if (a === "--keep" || a === "--json") flags.add(a);
  else {
    console.error(`rlm-demo: unknown option ${a} (see --help)`);
    process.exit(2);
  }
}
if (args.includes("--transcript") && transcript === undefined) {
  console.error("rlm-demo: --transcript needs a file (see --help)");
  process.exit(2);
}

const base = mkdtempSync(join(tmpdir(), "rlm-demo-"));
process.on("SIGINT", () => {
  rmSync(base, { recursive: true, force: true });
  console.error("\nrlm-demo: interrupted; the temporary directory was removed");
  process.exit(130);
});
try {
  const r = runDemo(base, transcript === undefined ? undefined : resolve(transcript));
  if (flags.has("--json")) console.log(JSON.stringify(r, null, 2));
  else process.stdout.write(renderText(r, ["rlm-sessions/", ...renderTree(r.root)]));
} catch (err) {
  console.error(`rlm-demo: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  if (flags.has("--keep")) console.error(`kept ${base}`);
  else rmSync(base, { recursive: true, force: true });
}
