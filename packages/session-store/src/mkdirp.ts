import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * `mkdir -p` that always ends: creates `path` and its missing parents (each with `mode`).
 * Node 20's `mkdirSync(p, { recursive: true })` spins forever where mkdir(2) answers ENOENT
 * for a parent that exists (`/proc/nope`): here a parent that exists and a child that still
 * cannot be made is that error, thrown. An existing directory (or a symlink to one) is fine.
 */
export function mkdirpSync(path: string, mode: number): void {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      mkdirSync(at, { mode });
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && statSync(at, { throwIfNoEntry: false })?.isDirectory() === true) break;
      const parent = dirname(at);
      if (code !== "ENOENT" || parent === at) throw err;
      missing.push(at);
      at = parent;
    }
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      mkdirSync(missing[i] as string, { mode });
    } catch (err) {
      // made meanwhile by another process: fine
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
}
