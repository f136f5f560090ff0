import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type LegacyDirs, type LegacyRoot, legacyRef } from "../legacy/legacy-dirs.js";
import type { LegacyEntry } from "./discovery-types.js";

/**
 * Every entry under one legacy folder, without following symlinks; `special` lists fifos,
 * sockets and devices, which are never read or copied. Empty when the folder is missing.
 */
export function walkLegacyRoot(
  dirs: LegacyDirs,
  root: LegacyRoot,
): { entries: LegacyEntry[]; special: string[] } {
  const base = dirs[root];
  const special: string[] = [];
  try {
    if (!lstatSync(base).isDirectory()) return { entries: [], special };
  } catch {
    return { entries: [], special };
  }
  const out: LegacyEntry[] = [{ ref: root, type: "dir", size: 0 }];
  const visit = (rel: string): void => {
    for (const d of readdirSync(join(base, rel), { withFileTypes: true })) {
      const childRel = rel === "" ? d.name : `${rel}/${d.name}`;
      const ref = legacyRef(root, childRel);
      if (d.isSymbolicLink()) out.push({ ref, type: "symlink", size: 0 });
      else if (d.isDirectory()) {
        out.push({ ref, type: "dir", size: 0 });
        visit(childRel);
      } else if (d.isFile()) out.push({ ref, type: "file", size: lstatSync(join(base, childRel)).size });
      else special.push(ref);
    }
  };
  visit("");
  return { entries: out.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)), special };
}
