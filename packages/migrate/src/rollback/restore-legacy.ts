import { chmodSync, lstatSync, mkdirSync, readlinkSync, renameSync, symlinkSync, utimesSync } from "node:fs";
import { dirname, join } from "node:path";
import { refPath } from "../legacy/legacy-dirs.js";
import { BACKUP_FILES, type BackupEntry, type BackupManifest } from "../run/backup.js";
import { copyAndHash, hashFile } from "../run/copy-and-hash.js";
import type { RollbackReport } from "./rollback-report.js";

export const DISPLACED_DIR = "displaced";

type Current = { kind: "missing" } | { kind: "same" } | { kind: "different" };

function current(path: string, e: BackupEntry): Current {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(path);
  } catch {
    return { kind: "missing" };
  }
  if (e.type === "dir") return st.isDirectory() ? { kind: "same" } : { kind: "different" };
  if (e.type === "symlink")
    return st.isSymbolicLink() && readlinkSync(path) === e.target ? { kind: "same" } : { kind: "different" };
  return st.isFile() && hashFile(path) === e.sha256 ? { kind: "same" } : { kind: "different" };
}

/** Put one entry back as the manifest recorded it: content, mode and modification time. */
function put(runDir: string, manifest: BackupManifest, e: BackupEntry, path: string): string | null {
  if (e.type === "dir") {
    mkdirSync(path, { recursive: true });
    chmodSync(path, e.mode);
    return null;
  }
  mkdirSync(dirname(path), { recursive: true });
  if (e.type === "symlink") {
    symlinkSync(e.target!, path);
    return null;
  }
  if (!manifest.copied) return "the run kept no copy (--no-backup)";
  const src = join(runDir, BACKUP_FILES, e.ref);
  if (hashFile(src) !== e.sha256) return "the backup copy is missing or does not match its checksum";
  const tmp = `${path}.rlm-restore.tmp`;
  copyAndHash(src, tmp);
  chmodSync(tmp, e.mode);
  utimesSync(tmp, e.mtime_ms / 1000, e.mtime_ms / 1000);
  renameSync(tmp, path);
  return null;
}

/**
 * Make every legacy file, link and folder the run saw exist again byte for byte. Files
 * deleted since are restored from the backup; files that differ are left alone (someone
 * wrote them after the migration) unless `force`, which moves them aside under
 * `<run>/displaced/` first.
 */
export function restoreLegacy(
  runDir: string,
  manifest: BackupManifest,
  act: boolean,
  force: boolean,
  report: RollbackReport,
): void {
  for (const e of manifest.entries) {
    // Never in the backup (vanished, or unreadable): the migration did not touch them either.
    if (e.missing || e.unreadable !== undefined) continue;
    const path = refPath(manifest.roots, e.ref);
    const now = current(path, e);
    if (now.kind === "same") {
      report.legacy.unchanged++;
      continue;
    }
    if (now.kind === "different" && (!force || e.type === "dir")) {
      report.legacy.changed.push({ ref: e.ref, action: "kept" });
      continue;
    }
    try {
      if (act && now.kind === "different") {
        const aside = join(runDir, DISPLACED_DIR, e.ref);
        mkdirSync(dirname(aside), { recursive: true });
        renameSync(path, aside);
      }
      const problem = act
        ? put(runDir, manifest, e, path)
        : e.type === "file" && !manifest.copied
          ? "the run kept no copy (--no-backup)"
          : null;
      if (problem !== null) report.legacy.unrestorable.push({ ref: e.ref, reason: problem });
      else if (now.kind === "different") report.legacy.changed.push({ ref: e.ref, action: "overwritten" });
      else report.legacy.restored.push(e.ref);
    } catch (err) {
      report.legacy.unrestorable.push({ ref: e.ref, reason: (err as Error).message });
    }
  }
}
