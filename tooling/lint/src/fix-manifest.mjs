import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hasSource, LICENSE_NAME, REPOSITORY_URL, stripSource } from "./conventions.mjs";

/** Put `key: value` after `after` (or at the end), keeping the other keys in their order. */
function place(obj, key, value, after) {
  const out = {};
  let placed = false;
  for (const [k, v] of Object.entries(obj)) {
    if (k === key) continue;
    out[k] = v;
    if (k === after) {
      out[key] = value;
      placed = true;
    }
  }
  if (!placed) out[key] = value;
  return out;
}

/**
 * Apply the conventions that can be derived (packaging fields only; scripts and
 * dependency versions are left alone): license, LICENSE file, repository, publishConfig.
 */
export function fixManifest(pkgFile, { dir, path, root }) {
  let pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
  if (pkg.private) return false;
  const before = JSON.stringify(pkg);
  pkg = place(pkg, "license", LICENSE_NAME, "description");
  pkg = place(pkg, "repository", { type: "git", url: REPOSITORY_URL, directory: path }, "license");
  const publishConfig = { ...(pkg.publishConfig ?? {}), access: "public" };
  if (pkg.exports !== undefined && hasSource(pkg.exports)) publishConfig.exports = stripSource(pkg.exports);
  pkg = place(pkg, "publishConfig", publishConfig, "exports");
  let changed = JSON.stringify(pkg) !== before;
  if (changed) writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  if (!existsSync(join(dir, "LICENSE"))) {
    copyFileSync(join(root, "LICENSE"), join(dir, "LICENSE"));
    changed = true;
  }
  return changed;
}
