/**
 * The memory database's layout, shared with the rest of the plugin (LEGACY-REPL.md):
 * created exactly like this when the database has none of these tables, never altered
 * when it exists. Times are epoch milliseconds.
 */
export const MEMORY_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK(type IN ('entity', 'fact', 'experience', 'decision', 'snippet')),
    subtype TEXT,
    content TEXT NOT NULL,
    embedding BLOB,
    tier TEXT DEFAULT 'task' CHECK(tier IN ('task', 'session', 'longterm', 'archive')),
    confidence REAL DEFAULT 0.5 CHECK(confidence >= 0.0 AND confidence <= 1.0),
    provenance TEXT,
    created_at INTEGER DEFAULT (strftime('%s', 'now') * 1000),
    updated_at INTEGER DEFAULT (strftime('%s', 'now') * 1000),
    last_accessed INTEGER DEFAULT (strftime('%s', 'now') * 1000),
    access_count INTEGER DEFAULT 0,
    metadata JSON DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS hyperedges (
    id TEXT PRIMARY KEY,
    edge_type TEXT NOT NULL CHECK(edge_type IN ('relation', 'composition', 'causation', 'context')),
    label TEXT,
    weight REAL DEFAULT 1.0 CHECK(weight >= 0.0)
);
CREATE TABLE IF NOT EXISTS membership (
    hyperedge_id TEXT NOT NULL REFERENCES hyperedges(id) ON DELETE CASCADE,
    node_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER DEFAULT 0,
    PRIMARY KEY (hyperedge_id, node_id, role)
);
CREATE TABLE IF NOT EXISTS evolution_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp INTEGER DEFAULT (strftime('%s', 'now') * 1000),
    operation TEXT NOT NULL,
    node_ids JSON NOT NULL,
    from_tier TEXT,
    to_tier TEXT,
    reasoning TEXT
);
CREATE TABLE IF NOT EXISTS confidence_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    old_confidence REAL NOT NULL,
    new_confidence REAL NOT NULL,
    trigger_type TEXT NOT NULL CHECK(trigger_type IN ('outcome', 'decay', 'consolidation', 'manual')),
    trigger_id TEXT,
    timestamp INTEGER DEFAULT (strftime('%s', 'now') * 1000)
);
CREATE INDEX IF NOT EXISTS idx_nodes_tier ON nodes(tier);
CREATE INDEX IF NOT EXISTS idx_nodes_type ON nodes(type);
CREATE INDEX IF NOT EXISTS idx_nodes_confidence ON nodes(confidence);
CREATE INDEX IF NOT EXISTS idx_nodes_last_accessed ON nodes(last_accessed);
CREATE INDEX IF NOT EXISTS idx_membership_node ON membership(node_id);
CREATE INDEX IF NOT EXISTS idx_membership_edge ON membership(hyperedge_id);
CREATE INDEX IF NOT EXISTS idx_confidence_updates_node ON confidence_updates(node_id);
CREATE INDEX IF NOT EXISTS idx_confidence_updates_trigger ON confidence_updates(trigger_type);
CREATE VIRTUAL TABLE IF NOT EXISTS content_fts USING fts5(
    node_id UNINDEXED,
    content,
    type UNINDEXED,
    tokenize='porter'
);
CREATE TRIGGER IF NOT EXISTS nodes_fts_insert AFTER INSERT ON nodes BEGIN
    INSERT INTO content_fts(node_id, content, type) VALUES (NEW.id, NEW.content, NEW.type);
END;
CREATE TRIGGER IF NOT EXISTS nodes_fts_update AFTER UPDATE OF content ON nodes BEGIN
    DELETE FROM content_fts WHERE node_id = OLD.id;
    INSERT INTO content_fts(node_id, content, type) VALUES (NEW.id, NEW.content, NEW.type);
END;
CREATE TRIGGER IF NOT EXISTS nodes_fts_delete AFTER DELETE ON nodes BEGIN
    DELETE FROM content_fts WHERE node_id = OLD.id;
END;
`;

/** The tables of that layout (a database holding none of them is initialised). */
export const MEMORY_TABLES = [
  "nodes",
  "hyperedges",
  "membership",
  "evolution_log",
  "confidence_updates",
  "content_fts",
] as const;

/** The columns the operations read and write, per table: a table lacking one is another layout. */
export const MEMORY_COLUMNS: Readonly<Record<(typeof MEMORY_TABLES)[number], readonly string[]>> = {
  nodes: [
    "id",
    "type",
    "subtype",
    "content",
    "tier",
    "confidence",
    "provenance",
    "created_at",
    "updated_at",
    "last_accessed",
    "access_count",
    "metadata",
  ],
  hyperedges: ["id", "edge_type", "label", "weight"],
  membership: ["hyperedge_id", "node_id", "role", "position"],
  evolution_log: ["id", "operation", "node_ids"],
  confidence_updates: ["id", "node_id", "old_confidence", "new_confidence", "trigger_type"],
  content_fts: ["node_id", "content", "type"],
};
