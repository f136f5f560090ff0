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

/**
 * FTS5 search over the nodes, best (lowest bm25) first; archived nodes only when asked by
 * tier. Read-only. Two steps: the best candidates from the FTS index alone (FTS5 ranks
 * `ORDER BY rank LIMIT n` without touching the nodes table), then their rows and the
 * tier/type filters; only when the filters leave too few does it rank every match.
 */
export function queryNodes(store: MemoryStore, q: MemoryQuery): MemoryHit[] {
  requireTables(store, ["nodes", "content_fts"], "memory_query");
  const match = q.raw ? q.query : ftsQuery(q.query, q.match ?? "any");
  if (match === "") return [];
  return run(store, q, () => {
    const cap = Math.max(40, q.limit * 4);
    const candidates = store.db
      .prepare("SELECT node_id, rank FROM content_fts WHERE content_fts MATCH ? ORDER BY rank LIMIT ?")
      .all(match, cap) as { node_id: string; rank: number }[];
    const hits = rowsFor(store, q, candidates);
    if (hits.length >= q.limit || candidates.length < cap) return hits.slice(0, q.limit);
    return rankAll(store, q, match);
  });
}

type Row = Omit<MemoryHit, "metadata" | "score"> & { metadata: string | null };
const COLUMNS =
  "n.id AS node_id, n.type, n.subtype, n.tier, n.confidence, n.content, n.provenance, n.metadata, n.created_at";

function filters(q: MemoryQuery): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.tier !== undefined) {
    where.push("n.tier = ?");
    params.push(q.tier);
  } else where.push("(n.tier IS NULL OR n.tier != 'archive')");
  if (q.type !== undefined) {
    where.push("n.type = ?");
    params.push(q.type);
  }
  return { where, params };
}

/** The candidates' rows that pass the filters, in rank order. */
function rowsFor(
  store: MemoryStore,
  q: MemoryQuery,
  candidates: { node_id: string; rank: number }[],
): MemoryHit[] {
  if (candidates.length === 0) return [];
  const { where, params } = filters(q);
  const ids = candidates.map((c) => c.node_id);
  const rows = store.db
    .prepare(
      `SELECT ${COLUMNS} FROM nodes n WHERE n.id IN (${ids.map(() => "?").join(",")}) AND ${where.join(" AND ")}`,
    )
    .all(...ids, ...params) as Row[];
  const byId = new Map(rows.map((r) => [r.node_id, r]));
  const out: MemoryHit[] = [];
  for (const c of candidates) {
    const r = byId.get(c.node_id);
    if (r !== undefined) out.push(hit(r, c.rank));
  }
  return out;
}

function rankAll(store: MemoryStore, q: MemoryQuery, match: string): MemoryHit[] {
  const { where, params } = filters(q);
  const rows = store.db
    .prepare(
      `SELECT ${COLUMNS}, bm25(content_fts) AS score FROM content_fts JOIN nodes n ON n.id = content_fts.node_id
       WHERE content_fts MATCH ? AND ${where.join(" AND ")} ORDER BY score LIMIT ?`,
    )
    .all(match, ...params, q.limit) as (Row & { score: number })[];
  return rows.map((r) => hit(r, r.score));
}

function run(store: MemoryStore, q: MemoryQuery, query: () => MemoryHit[]): MemoryHit[] {
  try {
    return query();
  } catch (err) {
    const msg = (err as Error).message;
    if (q.raw)
      throw usageError(
        `memory_query: bad FTS5 query ${JSON.stringify(q.query)}: ${msg}`,
        "raw: true passes the query to FTS5 MATCH as it is (quote words, balance parentheses, AND/OR/NOT between terms); leave raw out to search for the words",
      );
    throw new ReplError("ERR_RLM_MEMORY_DB", `memory_query on ${store.path} failed: ${msg}`, {
      hint: "the database may be damaged or locked by another program; set RLM_MEMORY_DB to use another file",
      cause: err,
    });
  }
}

function hit(r: Row, score: number): MemoryHit {
  const { metadata, ...rest } = r as Row & { score?: number };
  return { ...rest, metadata: parseJson(metadata), score: Math.round(score * 1e4) / 1e4 };
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
