import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { normalizedTree } from "./normalize-tree.js";

/** Read an `expected/` folder in the shape `normalizedTree` produces (it is stored normalized). */
export function readExpected(dir: string): Record<string, string> {
  return existsSync(dir) ? normalizedTree(dir, { tmp: "\u0000", runIds: [] }) : {};
}

/** Replace an `expected/` folder with `tree` (UPDATE_FIXTURES=1). */
export function writeExpected(dir: string, tree: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, content] of Object.entries(tree)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (content.startsWith("symlink:")) symlinkSync(content.slice("symlink:".length), path);
    else if (content.startsWith("base64:"))
      writeFileSync(path, Buffer.from(content.slice("base64:".length), "base64"));
    else writeFileSync(path, content);
  }
}

export const updating = process.env.UPDATE_FIXTURES === "1";
