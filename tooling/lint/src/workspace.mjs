import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** The workspace root (the folder holding pnpm-workspace.yaml) above `dir`. */
export function workspaceRoot(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "pnpm-workspace.yaml"))) return d;
    if (dirname(d) === d) throw new Error(`no pnpm-workspace.yaml above ${dir}`);
  }
}

/** `packages/migrate`: the package's folder relative to the root, with forward slashes. */
export function packagePath(root, dir) {
  return relative(root, dir).split(sep).join("/");
}
