#!/usr/bin/env node
// The README's two commands land here: make sure pnpm (pinned) and the workspace's
// dependencies are installed, then run the requested job through turbo.
// Needs nothing but Node 20 and npm on the machine.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM_VERSION = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split(
  "@",
)[1];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", shell: false, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { cwd: root, encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ["pnpm", []];
  return ["npx", ["--yes", `pnpm@${PNPM_VERSION}`]];
}

function installStamp() {
  const h = createHash("sha256");
  for (const f of ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml"]) {
    const p = join(root, f);
    if (existsSync(p)) h.update(readFileSync(p));
  }
  return h.digest("hex");
}

/**
 * better-sqlite3 compiles from source when no prebuilt binary can be fetched, and node-gyp
 * then downloads Node's headers from nodejs.org, unless told where they are. A Node
 * installed with its headers (distribution packages put them in <prefix>/include/node) has
 * them already: point node-gyp there when nothing else is configured, so that an install
 * works on a machine that reaches only the npm registry.
 */
function installEnv() {
  const env = { ...process.env };
  const fromNpmrc = spawnSync("npm", ["config", "get", "nodedir"], { cwd: root, encoding: "utf8" });
  const configured =
    Object.keys(env).some((k) => k.toLowerCase() === "npm_config_nodedir") ||
    (fromNpmrc.status === 0 && !["", "undefined", "null"].includes(fromNpmrc.stdout.trim()));
  const prefix = join(dirname(process.execPath), "..");
  if (!configured && existsSync(join(prefix, "include", "node", "node.h"))) env.npm_config_nodedir = prefix;
  return env;
}

const [pnpm, pnpmPre] = pnpmCommand();
const pn = (args, opts) => run(pnpm, [...pnpmPre, ...args], opts);
const stampFile = join(root, "node_modules", ".rlm-install-stamp");
const want = installStamp();
if (!existsSync(stampFile) || readFileSync(stampFile, "utf8") !== want) {
  const frozen = existsSync(join(root, "pnpm-lock.yaml")) ? ["--frozen-lockfile"] : [];
  const code = pn(["install", ...frozen], { env: installEnv() });
  if (code !== 0) process.exit(code);
  writeFileSync(stampFile, want);
}

function testResultFiles() {
  const out = [];
  for (const group of ["packages", "apps", "tooling"]) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const results = join(dir, name, ".test-results");
      if (!existsSync(results)) continue;
      // vitest.json, and vitest-<group>.json for a package's separately run groups
      for (const f of readdirSync(results).sort())
        if (/^vitest(-[a-z]+)?\.json$/.test(f)) {
          const part = f.slice("vitest".length, -".json".length).replace(/^-/, "");
          out.push([`${group}/${name}${part === "" ? "" : ` (${part})`}`, join(results, f)]);
        }
    }
  }
  return out;
}

function clearTestResults() {
  for (const [, f] of testResultFiles()) rmSync(f, { force: true });
}

/** One workspace-wide closing line, in the plain "N passed, N failed" form CI reads. */
function printTestSummary(code) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const rows = [];
  const failures = [];
  for (const [name, f] of testResultFiles()) {
    try {
      const r = JSON.parse(readFileSync(f, "utf8"));
      failures.push(...failuresOf(name, r));
      passed += r.numPassedTests;
      failed += r.numFailedTests;
      skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
      rows.push(`  ${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
    } catch {
      rows.push(`  ${name}: unreadable test report`);
      failed += 1;
    }
  }
  if (code !== 0 && failed === 0) failed = 1; // typecheck or a crashed runner failed the job
  const packages = new Set(testResultFiles().map(([name]) => name.replace(/ \(.*\)$/, ""))).size;
  console.log(`\nWorkspace test summary (${packages} packages):\n${rows.join("\n")}`);
  // The end of a long log is what CI shows: name each failure there, with its first lines.
  if (failures.length > 0) console.log(`\nFailed tests:\n${failures.join("\n")}`);
  console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

/** "package › file › test name" and the first lines of its message, for each failed test. */
function failuresOf(name, report) {
  const out = [];
  for (const file of report.testResults ?? []) {
    const rel = String(file.name ?? "").replace(`${root}/`, "");
    for (const t of file.assertionResults ?? []) {
      if (t.status !== "failed") continue;
      const message = String(t.failureMessages?.[0] ?? "")
        .replace(/\u001b\[[0-9;]*m/g, "")
        .split("\n")
        .filter(
          (line) => line.trim() !== "" && !/^\s*at .*(node_modules|node:internal|<anonymous>)/.test(line),
        )
        .slice(0, 6)
        .map((line) => `      ${line.slice(0, 200)}`)
        .join("\n");
      out.push(`  ✗ ${name} › ${rel} › ${t.fullName ?? t.title}\n${message}`);
    }
    if ((file.assertionResults ?? []).length === 0 && file.status === "failed") {
      out.push(
        `  ✗ ${name} › ${rel} (the file failed to run)\n      ${String(file.message ?? "").slice(0, 400)}`,
      );
    }
  }
  return out;
}

const job = process.argv[2];
const rest = process.argv.slice(3);
let code;
switch (job) {
  case "test": {
    clearTestResults();
    const tests = pn([
      "exec",
      "turbo",
      "run",
      "typecheck",
      "lint",
      "test",
      "--output-logs=full",
      "--concurrency=2",
      "--continue",
      ...rest,
    ]);
    // Tests that time many processes at once run alone, after everything else, so that
    // no other package's tests share the cores they measure (apps/hook-cli's parallel test).
    const alone = pn([
      "exec",
      "turbo",
      "run",
      "test:parallel",
      "--output-logs=full",
      "--concurrency=1",
      "--continue",
      ...rest,
    ]);
    const lint = pn(["exec", "biome", "check", "."]);
    if (lint !== 0) console.log("\nlint (biome check) failed: run `pnpm exec biome check --write .`");
    // The plugin runs the committed single-file bundles: they must be the ones this tree builds.
    const bundles = run(process.execPath, [join(root, "tooling", "plugin-sync.mjs"), "--check"]);
    printTestSummary(tests || alone || bundles);
    code = tests || alone || lint || bundles;
    break;
  }
  case "bench":
    code = pn([
      "exec",
      "turbo",
      "run",
      "bench",
      "--concurrency=1",
      "--continue",
      "--output-logs=full",
      ...rest,
    ]);
    break;
  case "demo":
    code = pn(["exec", "turbo", "run", "build", "--filter=@rlm/demo...", "--output-logs=errors-only"]);
    if (code === 0) code = run(process.execPath, [join(root, "apps", "demo", "dist", "main.mjs"), ...rest]);
    break;
  default:
    console.error(`usage: node tooling/bootstrap.mjs <test|bench|demo> [args]`);
    code = 2;
}
process.exit(code);
