import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  exportTargets,
  hasSource,
  isRange,
  LICENSE_NAME,
  NODE_RANGE,
  REPOSITORY_URL,
  stripSource,
} from "./conventions.mjs";

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Is `path` (./dist/x.mjs) published, given `files`? */
function published(pkg, path) {
  const rel = path.replace(/^\.\//, "");
  if (rel === "package.json" || /^(README|LICENSE)/i.test(rel)) return true;
  return (pkg.files ?? []).some((f) => {
    const entry = f.replace(/^\.\//, "").replace(/\/$/, "");
    return rel === entry || rel.startsWith(`${entry}/`);
  });
}

/**
 * The workspace's packaging conventions for one package.json (see conventions.mjs and
 * docs/decisions.md §13). Returns problems (failures) and warnings (advice).
 */
export function checkManifest(pkg, { dir, path }) {
  const problems = [];
  const warnings = [];
  const library = path.startsWith("packages/");
  if (pkg.type !== "module") problems.push('"type" must be "module"');
  if (pkg.engines?.node !== NODE_RANGE) problems.push(`"engines.node" must be "${NODE_RANGE}"`);
  if (pkg.private) return { problems, warnings };

  if (!Array.isArray(pkg.files) || !pkg.files.includes("dist")) problems.push('"files" must list "dist"');
  if (pkg.license !== LICENSE_NAME) problems.push(`"license" must be "${LICENSE_NAME}"`);
  if (!existsSync(join(dir, "LICENSE")))
    problems.push("LICENSE file is missing (rlm-lint-manifest --fix copies the root one)");
  const repo = pkg.repository;
  if (repo?.type !== "git" || repo?.url !== REPOSITORY_URL || repo?.directory !== path)
    problems.push(`"repository" must be {"type": "git", "url": "${REPOSITORY_URL}", "directory": "${path}"}`);
  if (pkg.publishConfig?.access !== "public")
    problems.push('"publishConfig.access" must be "public" (each package can be picked alone)');

  // exports: `source` (TypeScript) for the workspace, stripped in what is published.
  const root = pkg.exports?.["."];
  if (library) {
    if (!root || typeof root !== "object") problems.push('"exports" must map "." to conditions');
    else {
      if (!root.types) problems.push('"exports"."." must carry "types"');
      if (!root.source) problems.push('"exports"."." must carry a "source" condition (docs/decisions.md §7)');
    }
  }
  const publishedExports = pkg.publishConfig?.exports ?? pkg.exports;
  if (pkg.exports !== undefined && hasSource(pkg.exports)) {
    if (!same(pkg.publishConfig?.exports, stripSource(pkg.exports)))
      problems.push(
        '"publishConfig.exports" must be "exports" without the "source" condition (the tarball has no src/): rlm-lint-manifest --fix writes it',
      );
  } else if (pkg.publishConfig?.exports !== undefined && !same(pkg.publishConfig.exports, pkg.exports))
    problems.push(
      '"publishConfig.exports" differs from "exports" though there is no "source" condition to strip',
    );
  if (hasSource(publishedExports)) problems.push('the published exports carry a "source" condition');
  for (const target of exportTargets(publishedExports ?? {})) {
    if (!published(pkg, target)) problems.push(`published export ${target} is not in "files"`);
    else if (!existsSync(join(dir, target)))
      problems.push(`published export ${target} does not exist (build first)`);
  }
  for (const [name, bin] of Object.entries(
    typeof pkg.bin === "string" ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}),
  )) {
    if (!published(pkg, bin)) problems.push(`bin ${name} (${bin}) is not in "files"`);
  }

  // Dependencies consumers install: ranges they can dedupe; workspace ones as ^version.
  for (const [name, version] of Object.entries(pkg.dependencies ?? {})) {
    if (version.startsWith("workspace:")) {
      if (version !== "workspace:^")
        problems.push(`dependency ${name} must be "workspace:^" (published as ^version)`);
    } else if ((library || name === "zod") && !isRange(version))
      problems.push(
        `dependency ${name} is pinned to ${version}: a ${library ? "library" : "package"} takes a range (^${version}) so consumers get one copy`,
      );
  }

  const readme = existsSync(join(dir, "README.md")) ? readFileSync(join(dir, "README.md"), "utf8") : null;
  if (readme === null) problems.push("README.md is missing");
  else if (!/ESM[- ]only/i.test(readme) || !readme.includes("20.19"))
    warnings.push(
      'README.md should say the package is ESM-only and needs Node >= 20.19 (a "Requirements" line)',
    );
  return { problems, warnings };
}
