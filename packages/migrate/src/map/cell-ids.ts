import { createHash } from "node:crypto";

/**
 * Deterministic cell ids for migrated tool outputs: `cell_` + the first 8 hex digits of
 * sha256("<session id>:<index>"), so a re-run or a resumed run produces the same tree.
 * On the (rare) collision within a session, ":<n>" is appended until the id is free.
 */
export function migratedCellIds(sessionId: string, count: number): string[] {
  const taken = new Set<string>();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    let id = "";
    for (let n = 0; id === "" || taken.has(id); n++) {
      const seed = n === 0 ? `${sessionId}:${i}` : `${sessionId}:${i}:${n}`;
      id = `cell_${createHash("sha256").update(seed).digest("hex").slice(0, 8)}`;
    }
    taken.add(id);
    ids.push(id);
  }
  return ids;
}
