import { rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { FILE_ACCESS_LOG, SESSION_FILE, TRANSCRIPT_LINK } from "@rlm/session-store";
import { sha256Hex } from "../map/content.js";
import type { MappedSession } from "../map/map-session.js";
import { mkdirPrivate, writePrivate } from "./private-fs.js";
import { sessionJsonBytes } from "./session-json.js";
import { writeMigratedCells } from "./write-cells.js";

/** Who migrated a session: kept in session.json as `migration`, used by rollback and `--force`. */
export interface Provenance {
  run_id: string;
  migrated_at: number;
  tool: string;
}

export const STAGING_PREFIX = ".staging-";

export function stagingPath(root: string, sessionId: string): string {
  return join(root, `${STAGING_PREFIX}${sessionId}`);
}

/**
 * Write a mapped session into `<root>/.staging-<id>` (replacing any leftover), without
 * fsync (see make-durable.ts). Returns the staging path, the bytes written and the sha256
 * of the session.json.
 */
export function stageSession(
  root: string,
  m: MappedSession,
  provenance: Provenance,
): { path: string; bytes: number; sessionSha256: string } {
  const path = stagingPath(root, m.id);
  rmSync(path, { recursive: true, force: true });
  mkdirPrivate(path);
  const sessionJson = sessionJsonBytes({ ...m.session, migration: provenance });
  writePrivate(join(path, SESSION_FILE), sessionJson);
  writeMigratedCells(path, m.id, m.cells, m.toolOutputsRef ?? "");
  if (m.fileAccess !== null) writePrivate(join(path, FILE_ACCESS_LOG), m.fileAccess);
  if (m.transcriptPath !== null) symlinkSync(m.transcriptPath, join(path, TRANSCRIPT_LINK));
  const made = new Set<string>();
  let bytes = sessionJson.length + (m.fileAccess?.length ?? 0);
  for (const f of m.legacyFiles) {
    const target = join(path, "legacy", f.path);
    const dir = dirname(target);
    if (!made.has(dir)) mkdirPrivate(dir);
    made.add(dir);
    writePrivate(target, f.bytes);
    bytes += f.bytes.length;
  }
  for (const c of m.cells) bytes += typeof c.content === "string" ? c.content.length : 0;
  return { path, bytes, sessionSha256: sha256Hex(sessionJson) };
}
