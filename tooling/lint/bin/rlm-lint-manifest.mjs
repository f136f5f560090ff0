#!/usr/bin/env node
// Lints the package.json of the package in the current directory: publint, plus the
// workspace's packaging conventions (docs/decisions.md §13: ESM, engines, files, LICENSE,
// repository, public access, `source` only in the workspace via publishConfig.exports,
// dependency ranges). `--fix` writes the fields it can derive; `--all` lints every package.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { checkManifest } from "../src/check-manifest.mjs";
import { fixManifest } from "../src/fix-manifest.mjs";
import { packagePath, workspaceRoot } from "../src/workspace.mjs";

const fix = process.argv.includes("--fix");
const all = process.argv.includes("--all");
const root = workspaceRoot(process.cwd());
const dirs = all
  ? ["packages", "apps", "tooling"].flatMap((group) => {
      try {
        return readdirSync(join(root, group)).map((name) => join(root, group, name));
      } catch {
        return [];
      }
    })
  : [process.cwd()];

let failed = false;
for (const dir of dirs) {
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  } catch {
    continue;
  }
  const path = packagePath(root, dir);
  if (fix && fixManifest(join(dir, "package.json"), { dir, path, root })) {
    console.log(`${pkg.name}: packaging fields written`);
    pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  }
  const { problems, warnings } = checkManifest(pkg, { dir, path });
  // publint is about what a published tarball holds; a private package is never packed
  // (and without `files`, publint reads every file under it, node_modules links included:
  // 7 s for apps/demo, and once a run that never ended while the demo's tests wrote there).
  const { messages } =
    pkg.private === true
      ? { messages: [] }
      : await publint({ pkgDir: dir, level: "warning", strict: false, pack: false });
  for (const m of messages) {
    // Our "source" condition points at TypeScript on purpose (never published).
    if (m.code === "EXPORTS_VALUE_INVALID" || m.code === "FILE_INVALID_FORMAT") continue;
    problems.push(`publint ${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
  }
  for (const w of warnings) console.warn(`${pkg.name}: warning: ${w}`);
  if (problems.length > 0) {
    failed = true;
    console.error(`${pkg.name}: package.json problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  } else console.log(`${pkg.name}: package.json ok`);
}
process.exit(failed ? 1 : 0);
