import { ReplError, usageError } from "../errors/repl-error.js";
import { type MemoryStore, requireTables } from "./memory-store.js";

export interface MemoryQuery {
  query: string;
  limit: number;
  type?: string;
  tier?: string;
  /** any: a node matching any word ranks by bm25; all: every word must match. */
  match?: "any" | "all";
  /** Pass `query` to FTS5 MATCH unchanged. */
  raw?: boolean;
}

export interface MemoryHit {
  node_id: string;
  type: string;
  subtype: string | null;
  tier: string;
  confidence: number;
  content: string;
  provenance: string | null;
  metadata: unknown;
  created_at: number;
  score: number;
}

/** FTS5 search over the nodes, best (lowest bm25) first; archived nodes only when asked by tier. Read-only. */
export function queryNodes(store: MemoryStore, q: MemoryQuery): MemoryHit[] {
  requireTables(store, ["nodes", "content_fts"], "memory_query");
  const match = q.raw ? q.query : ftsQuery(q.query, q.match ?? "any");
  if (match === "") return [];
  const where = ["content_fts MATCH ?"];
  const params: unknown[] = [match];
  if (q.tier !== undefined) {
    where.push("n.tier = ?");
    params.push(q.tier);
  } else where.push("(n.tier IS NULL OR n.tier != 'archive')");
  if (q.type !== undefined) {
    where.push("n.type = ?");
    params.push(q.type);
  }
  params.push(q.limit);
  const sql = `SELECT n.id AS node_id, n.type, n.subtype, n.tier, n.confidence, n.content, n.provenance,
      n.metadata, n.created_at, bm25(content_fts) AS score
    FROM content_fts JOIN nodes n ON n.id = content_fts.node_id
    WHERE ${where.join(" AND ")} ORDER BY score LIMIT ?`;
  let rows: (Omit<MemoryHit, "metadata"> & { metadata: string | null })[];
  try {
    rows = store.db.prepare(sql).all(...params) as typeof rows;
  } catch (err) {
    const msg = (err as Error).message;
    if (q.raw) throw usageError(`memory_query: bad FTS5 query ${JSON.stringify(q.query)}: ${msg}`);
    throw new ReplError("ERR_RLM_MEMORY_DB", `memory_query on ${store.path} failed: ${msg}`, { cause: err });
  }
  return rows.map((r) => ({ ...r, metadata: parseJson(r.metadata), score: Math.round(r.score * 1e4) / 1e4 }));
}

/** Words of the user's query, each quoted (no FTS5 syntax reaches MATCH), joined by OR / AND. */
export function ftsQuery(text: string, mode: "any" | "all"): string {
  const words = text.split(/[^\p{L}\p{N}_]+/u).filter((w) => w !== "");
  return words.map((w) => `"${w}"`).join(mode === "all" ? " AND " : " OR ");
}

function parseJson(v: string | null): unknown {
  if (v === null) return null;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
