#!/usr/bin/env node
// The Claude Code plugin under plugin/ runs the apps from single-file bundles that are
// committed (a plugin install copies the repository; it never runs a build). Every app
// that ships in the plugin builds `apps/<app>/dist/plugin/<bin>.cjs`; this script copies
// them to `plugin/bin/`. With `--check` it changes nothing and exits 1 when a committed
// copy differs from the fresh build or is missing (npm test runs the check after the build).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const binDir = join(root, "plugin", "bin");
const check = process.argv.includes("--check");

/** [source, target] for every built plugin bundle. */
function bundles() {
  const out = [];
  const apps = join(root, "apps");
  for (const app of readdirSync(apps).sort()) {
    const dir = join(apps, app, "dist", "plugin");
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".cjs")) out.push([join(dir, name), join(binDir, name)]);
    }
  }
  return out;
}

const found = bundles();
if (found.length === 0) {
  console.error("plugin-sync: no apps/*/dist/plugin/*.cjs found: build first (pnpm run build)");
  process.exit(1);
}
const stale = [];
for (const [src, dst] of found) {
  const same = existsSync(dst) && readFileSync(src).equals(readFileSync(dst));
  if (same) continue;
  if (check) stale.push(dst.slice(root.length + 1));
  else {
    mkdirSync(binDir, { recursive: true });
    copyFileSync(src, dst);
    console.log(`plugin-sync: updated ${dst.slice(root.length + 1)}`);
  }
}
if (stale.length > 0) {
  console.error(
    `plugin-sync: committed plugin bundles differ from the build:\n${stale.map((s) => `  - ${s}`).join("\n")}\n` +
      "run `node tooling/plugin-sync.mjs` and commit plugin/bin/",
  );
  process.exit(1);
}
if (check) console.log(`plugin-sync: ${found.length} plugin bundle(s) match the build`);
