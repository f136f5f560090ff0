import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join, relative } from "node:path";

function walk(dir: string, base: string, out: Map<string, string>, content: boolean): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const rel = relative(base, p);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) out.set(rel, `symlink:${readlinkSync(p)}`);
    else if (st.isDirectory()) {
      out.set(`${rel}/`, "dir");
      walk(p, base, out, content);
    } else {
      const bytes = readFileSync(p);
      out.set(rel, content ? bytes.toString("utf8") : createHash("sha256").update(bytes).digest("hex"));
    }
  }
}

/** path → sha256 of every file (and link targets, dirs) under `dir`. */
export function hashTree(dir: string): Record<string, string> {
  const out = new Map<string, string>();
  walk(dir, dir, out, false);
  return Object.fromEntries(out);
}

/** path → utf8 content of every file under `dir`. */
export function readTree(dir: string): Record<string, string> {
  const out = new Map<string, string>();
  walk(dir, dir, out, true);
  return Object.fromEntries(out);
}
