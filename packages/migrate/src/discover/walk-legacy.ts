import { isUtf8 } from "node:buffer";
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type LegacyDirs, type LegacyRoot, legacyRef } from "../legacy/legacy-dirs.js";
import type { LegacyEntry, UnknownEntry } from "./discovery-types.js";

export interface WalkedRoot {
  entries: LegacyEntry[];
  /** Never read, copied or backed up: fifos, sockets, devices, names that are not UTF-8, unreadable folders. */
  skipped: UnknownEntry[];
}

/**
 * Every entry under one legacy folder, without following symlinks. Nothing found here
 * stops the walk: what cannot be listed or named is reported in `skipped` and left
 * alone, and an entry that vanishes while the walk runs (the old plugin may still be
 * writing) is passed over. Empty when the folder is missing.
 */
export function walkLegacyRoot(dirs: LegacyDirs, root: LegacyRoot): WalkedRoot {
  const base = dirs[root];
  const skipped: UnknownEntry[] = [];
  try {
    if (!lstatSync(base).isDirectory()) return { entries: [], skipped };
  } catch {
    return { entries: [], skipped };
  }
  const out: LegacyEntry[] = [{ ref: root, type: "dir", size: 0 }];
  const visit = (rel: string): void => {
    let names: Buffer[];
    try {
      names = readdirSync(join(base, rel), { encoding: "buffer" });
    } catch (err) {
      const ref = rel === "" ? root : legacyRef(root, rel);
      const readError = (err as Error).message;
      skipped.push({ ref, reason: `folder cannot be read (${readError}); left alone`, readError });
      return;
    }
    for (const raw of names) {
      const name = raw.toString("utf8");
      const childRel = rel === "" ? name : `${rel}/${name}`;
      const ref = legacyRef(root, childRel);
      if (!isUtf8(raw)) {
        skipped.push({ ref, reason: "name is not valid UTF-8; left alone (not in the backup)" });
        continue;
      }
      let st: ReturnType<typeof lstatSync>;
      try {
        st = lstatSync(join(base, childRel));
      } catch {
        continue; // vanished since the folder was listed
      }
      if (st.isSymbolicLink()) out.push({ ref, type: "symlink", size: 0 });
      else if (st.isDirectory()) {
        out.push({ ref, type: "dir", size: 0 });
        visit(childRel);
      } else if (st.isFile()) out.push({ ref, type: "file", size: st.size });
      else skipped.push({ ref, reason: "not a regular file (fifo, socket or device); left alone" });
    }
  };
  visit("");
  return { entries: out.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)), skipped };
}
