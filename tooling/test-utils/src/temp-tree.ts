import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { onTestFinished } from "vitest";

/** A file tree declared inline: string/Buffer = file, object = directory, {symlink} = link. */
export type Tree = { [name: string]: string | Buffer | Tree | { symlink: string } };

export interface TempDir {
  path: string;
  join(...parts: string[]): string;
  /** Remove it now (it is removed automatically anyway). */
  remove(): void;
}

// Directories made outside a running test (module scope, beforeAll, beforeEach): removed
// after the test file (setup file registered by rlmVitestConfig) or, failing that, when
// the process exits. Kept on globalThis so every copy of this module shares one list.
const KEY = Symbol.for("rlm.test-utils.temp-dirs");
type Registry = { pending: Set<string>; exitHooked: boolean };
const store = globalThis as Record<symbol, Registry | undefined>;
store[KEY] ??= { pending: new Set<string>(), exitHooked: false };
const registry: Registry = store[KEY];

/** Make everything under `path` writable again (a test may have chmod-ed it to 0), so it can be removed. */
function unlock(path: string): void {
  try {
    const st = lstatSync(path);
    if (!st.isDirectory()) return;
    chmodSync(path, 0o700);
    for (const name of readdirSync(path)) unlock(join(path, name));
  } catch {
    /* gone or not ours: rmSync reports what matters */
  }
}

/** Remove a temporary directory whatever a test did to its modes. Never throws. */
export function removeTempDir(path: string): void {
  registry.pending.delete(path);
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    unlock(path);
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 3 });
    } catch (err) {
      process.stderr.write(`test-utils: could not remove ${path}: ${(err as Error).message}\n`);
    }
  }
}

/** Remove every temp dir still pending (after a test file; on process exit). */
export function removePendingTempDirs(): void {
  for (const p of [...registry.pending]) removeTempDir(p);
}

function track(path: string): void {
  try {
    // Inside a running test: removed when that test finishes, passed or failed.
    onTestFinished(() => removeTempDir(path));
    return;
  } catch {
    /* outside a test (module scope or a hook): removed after the file / on exit */
  }
  registry.pending.add(path);
  if (!registry.exitHooked) {
    registry.exitHooked = true;
    process.once("exit", removePendingTempDirs);
  }
}

/**
 * A fresh temporary directory under `os.tmpdir()` ($TMPDIR), removed automatically: after
 * the current test when made inside one, else after the test file (or at process exit).
 * The one way tests make temp dirs: `npm test` must leave $TMPDIR as it found it.
 */
export function tempDir(prefix = "rlm-test-"): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  track(path);
  return { path, join: (...parts) => join(path, ...parts), remove: () => removeTempDir(path) };
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

/** A temporary directory holding `tree`, removed automatically (see `tempDir`). */
export function tempTree(tree: Tree, prefix?: string): TempDir {
  const dir = tempDir(prefix);
  writeTree(dir.path, tree);
  return dir;
}
