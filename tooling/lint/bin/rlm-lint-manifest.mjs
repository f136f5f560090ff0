#!/usr/bin/env node
// Lints the package.json of the package in the current directory: publint, plus the
// workspace's own rules (ESM, engines, files, an exports map that carries types).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const dir = process.cwd();
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
const problems = [];

if (pkg.type !== "module") problems.push('"type" must be "module"');
if (!pkg.engines?.node) problems.push('"engines.node" is missing');
if (!pkg.private) {
  if (!Array.isArray(pkg.files) || pkg.files.length === 0) problems.push('"files" is missing');
  const root = pkg.exports?.["."];
  if (!root || typeof root !== "object") problems.push('"exports" must map "." to conditions');
  else {
    if (!root.types) problems.push('"exports"."." must carry "types"');
    if (!root.source)
      problems.push('"exports"."." must carry a "source" condition (see docs/decisions.md §7)');
  }
}

const { messages } = await publint({ pkgDir: dir, level: "warning", strict: false });
for (const m of messages) {
  // Our "source" condition points at TypeScript on purpose (never published).
  if (m.code === "EXPORTS_VALUE_INVALID" || m.code === "FILE_INVALID_FORMAT") continue;
  problems.push(`publint ${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
}

if (problems.length > 0) {
  console.error(`${pkg.name}: package.json problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`${pkg.name}: package.json ok`);
