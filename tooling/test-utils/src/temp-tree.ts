import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

/** A file tree declared inline: string/Buffer = file, object = directory, {symlink} = link. */
export type Tree = { [name: string]: string | Buffer | Tree | { symlink: string } };

export interface TempDir {
  path: string;
  join(...parts: string[]): string;
}

const made: string[] = [];
let hooked = false;

function ensureCleanup(): void {
  if (hooked) return;
  hooked = true;
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
}

/** A fresh temporary directory, removed after the current test. */
export function tempDir(prefix = "rlm-test-"): TempDir {
  ensureCleanup();
  const path = mkdtempSync(join(tmpdir(), prefix));
  made.push(path);
  return { path, join: (...parts) => join(path, ...parts) };
}

function writeTree(base: string, tree: Tree): void {
  for (const [name, value] of Object.entries(tree)) {
    const p = join(base, name);
    mkdirSync(dirname(p), { recursive: true });
    if (typeof value === "string" || Buffer.isBuffer(value)) writeFileSync(p, value);
    else if ("symlink" in value && typeof value.symlink === "string") symlinkSync(value.symlink, p);
    else {
      mkdirSync(p, { recursive: true });
      writeTree(p, value as Tree);
    }
  }
}

/** A temporary directory holding `tree`, removed after the current test. */
export function tempTree(tree: Tree, prefix?: string): TempDir {
  const dir = tempDir(prefix);
  writeTree(dir.path, tree);
  return dir;
}
