import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStagedCells } from "@rlm/cells";
import { fmt, machineLine, table } from "@rlm/test-utils/bench";
import { generateLegacy } from "../test/support/generate-legacy.js";

// 1,000 legacy sessions (~50 MB, large tool outputs) migrated by a child process, whose
// peak RSS is read from the kernel (/usr/bin/time -v when present, else its own
// process.resourceUsage()). Floor: copying the same legacy tree in the same run.
// Targets: ≤ 10 s and ≤ 200 MB peak RSS for the migration.

const SESSIONS = 1000;
const TARGET_MS = 10_000;
const TARGET_RSS_MB = 200;
const pkg = join(import.meta.dirname, "..");
const child = join(pkg, "bench", "migrate-child.mjs");
const built = existsSync(join(pkg, "dist", "index.mjs"));
const nodeArgs = built ? [] : ["--conditions=source", "--import", "tsx"];
const hasTime = existsSync("/usr/bin/time");

interface Measured {
  ms: number;
  rssMb: number;
  result: Record<string, unknown>;
}

function runChild(op: string, legacy: string, root: string): Measured {
  const argv = [...nodeArgs, child, op, legacy, root];
  const r = hasTime
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...argv], { cwd: pkg, encoding: "utf8" })
    : spawnSync(process.execPath, argv, { cwd: pkg, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${op} failed (${r.status}): ${r.stderr}`);
  const result = JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, unknown> & {
    ms: number;
    maxRssKb: number;
  };
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "")?.[1];
  const rssKb = timeRss ? Number(timeRss) : result.maxRssKb;
  return { ms: result.ms, rssMb: rssKb / 1024, result };
}

const dir = mkdtempSync(join(tmpdir(), "rlm-migrate-bench-"));
try {
  const legacy = join(dir, "legacy");
  const bytes = generateLegacy(legacy, { sessions: SESSIONS, seed: 42, claudeDir: legacy });
  const mb = bytes / 2 ** 20;
  execFileSync("sync", ["-f", dir]);

  const copyStart = performance.now();
  cpSync(legacy, join(dir, "copy"), { recursive: true });
  const copyMs = performance.now() - copyStart;
  const syncStart = performance.now();
  execFileSync("sync", ["-f", dir]);
  const copySyncMs = copyMs + (performance.now() - syncStart);

  // The share of @rlm/cells: the same number of cells (7 per session, 2 KB each), opened
  // with fsync: false and flushed once per session, exactly as the migration does.
  const cellsStart = performance.now();
  for (let s = 0; s < SESSIONS; s++) {
    const sessionPath = join(dir, "cells-only", `s${s}`);
    mkdirSync(sessionPath, { recursive: true });
    writeFileSync(join(sessionPath, "session.json"), JSON.stringify({ metadata: { session_id: `s${s}` } }));
    const store = openStagedCells(sessionPath, `s${s}`, { fsync: false, autoRebuild: false });
    store.createMany(
      Array.from({ length: 7 }, () => ({ type: "tool" as const, output: { result: "x".repeat(2000) } })),
    );
    store.flush();
  }
  const cellsMs = performance.now() - cellsStart;

  const root = join(dir, "sessions");
  const first = runChild("migrate", legacy, root);
  const second = runChild("migrate", legacy, root);
  const verify = runChild("verify", legacy, root);
  const undo = runChild("rollback", legacy, root);
  const volatile = runChild("migrate-volatile", legacy, join(dir, "sessions-volatile"));
  if (
    first.result.migrated !== SESSIONS ||
    second.result.already !== SESSIONS ||
    verify.result.verified !== SESSIONS
  ) {
    throw new Error(`unexpected results: ${JSON.stringify({ first, second, verify, undo })}`);
  }
  const rate = (ms: number) => [`${((SESSIONS / ms) * 1000).toFixed(0)}`, `${((mb / ms) * 1000).toFixed(1)}`];
  const row = (name: string, ms: number, rss: string) => [name, fmt(ms), ...rate(ms), rss];
  const rows = [
    row("floor: copy the legacy tree (fs.cpSync)", copyMs, "–"),
    row("floor: copy + sync -f", copySyncMs, "–"),
    row("**migrate** (backup, stage, syncfs per batch, rename)", first.ms, first.rssMb.toFixed(0)),
    row("migrate with durable: false (same work, no syncfs)", volatile.ms, volatile.rssMb.toFixed(0)),
    row("@rlm/cells alone, same cells: createMany + flush per session (fsync: false)", cellsMs, "–"),
    row("second run (no-op)", second.ms, second.rssMb.toFixed(0)),
    row("verify", verify.ms, verify.rssMb.toFixed(0)),
    row("rollback", undo.ms, undo.rssMb.toFixed(0)),
  ];
  const pass = first.ms <= TARGET_MS && first.rssMb <= TARGET_RSS_MB;
  console.log(
    [
      "## @rlm/migrate",
      "",
      `${machineLine()} · ${built ? "built dist/" : "TypeScript sources via tsx"} · peak RSS from ${hasTime ? "/usr/bin/time -v" : "process.resourceUsage()"}`,
      "",
      `${SESSIONS} legacy sessions, ${mb.toFixed(1)} MB (7 tool outputs each, one in five 10–40 KB; cached files, messages, logs, exports for 1 in 4, summaries for 1 in 2, mkstemp leftovers for 1 in 5, the shared files; Claude Code transcripts for 3 in 4 — linked, their cwd read). Times are one run each, in the migrating child process.`,
      "",
      table(["operation", "ms", "sessions/s", "MB/s", "peak RSS MB"], rows),
      "",
      `Migration: ${fmt(first.ms)} ms (target ≤ ${TARGET_MS}), ${(first.ms / copyMs).toFixed(1)}× the plain copy, ${(first.ms / copySyncMs).toFixed(1)}× copy + sync; peak RSS ${first.rssMb.toFixed(0)} MB (target ≤ ${TARGET_RSS_MB}): ${pass ? "**targets met**" : "**TARGET MISSED**"}.`,
    ].join("\n"),
  );
  if (!pass) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
