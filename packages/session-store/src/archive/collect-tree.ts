import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { ArchiveError } from "../errors/archive-error.js";
import type { TarEntry } from "./tar-format.js";

/** Lock files are process state, not session data: never archived. */
const LOCK_NAME = /^\.(session|logs|cells)\.lock/;

function entryOf(path: string, rel: string): TarEntry {
  const st = lstatSync(path);
  const base = { path: rel, mode: st.mode & 0o7777, mtime: st.mtimeMs / 1000 };
  if (st.isSymbolicLink()) return { ...base, type: "symlink", linkTarget: readlinkSync(path) };
  if (st.isDirectory()) return { ...base, type: "dir" };
  if (st.isFile()) return { ...base, type: "file", data: readFileSync(path) };
  throw new ArchiveError(`cannot archive ${path}: not a file, directory or symlink`);
}

/** Every entry of `dir` as tar entries named `<name>/…`, parents before children, sorted. */
export function collectTree(dir: string, name: string): TarEntry[] {
  const out: TarEntry[] = [entryOf(dir, name)];
  const walk = (abs: string, rel: string): void => {
    for (const child of readdirSync(abs).sort()) {
      if (LOCK_NAME.test(child)) continue;
      const entry = entryOf(join(abs, child), `${rel}/${child}`);
      out.push(entry);
      if (entry.type === "dir") walk(join(abs, child), entry.path);
    }
  };
  walk(dir, name);
  return out;
}

/** Why two entry lists differ, or null when they describe the same tree byte for byte. */
export function treeDifference(a: readonly TarEntry[], b: readonly TarEntry[]): string | null {
  if (a.length !== b.length) return `${a.length} entries written, ${b.length} read back`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as TarEntry;
    const y = b[i] as TarEntry;
    if (x.path !== y.path || x.type !== y.type || x.mode !== y.mode || x.linkTarget !== y.linkTarget) {
      return `entry ${x.path} differs`;
    }
    if (x.type === "file" && !(x.data ?? Buffer.alloc(0)).equals(y.data ?? Buffer.alloc(0))) {
      return `contents of ${x.path} differ`;
    }
  }
  return null;
}
