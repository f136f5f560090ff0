import { randomUUID } from "node:crypto";
import { addNode } from "./add-node.js";
import { type MemoryStore, requireTables } from "./memory-store.js";

export interface Promotion {
  sessionId: string;
  cellId: string;
  type: "fact" | "experience";
  content: string;
  confidence: number;
  metadata: Record<string, unknown>;
  now: number;
}

/**
 * Write a promoted cell as a task-tier node (`provenance` `cell:<id>`) with membership
 * (role `subject`) in the session's `context` hyperedge labelled `session:<id>`, in one
 * IMMEDIATE transaction. Promoting a cell that already has its node returns that node:
 * concurrent promotions of one cell make one node.
 */
export function promoteNode(
  store: MemoryStore,
  p: Promotion,
): { nodeId: string; created: boolean; hyperedgeId: string } {
  requireTables(store, ["nodes", "hyperedges", "membership"], "promote_to_memory");
  const provenance = `cell:${p.cellId}`;
  const label = `session:${p.sessionId}`;
  const run = store.db.transaction(() => {
    const existing = store.db.prepare("SELECT id FROM nodes WHERE provenance = ? LIMIT 1").get(provenance) as
      | { id: string }
      | undefined;
    const edge = store.db
      .prepare("SELECT id FROM hyperedges WHERE edge_type = 'context' AND label = ? LIMIT 1")
      .get(label) as { id: string } | undefined;
    const hyperedgeId = edge?.id ?? randomUUID();
    if (edge === undefined)
      store.db
        .prepare("INSERT INTO hyperedges (id, edge_type, label, weight) VALUES (?, 'context', ?, 1.0)")
        .run(hyperedgeId, label);
    if (existing !== undefined) return { nodeId: existing.id, created: false, hyperedgeId };
    const nodeId = addNode(store, {
      type: p.type,
      content: p.content,
      confidence: p.confidence,
      tier: "task",
      provenance,
      metadata: { session_id: p.sessionId, cell_id: p.cellId, ...p.metadata },
      now: p.now,
    });
    const position = (
      store.db.prepare("SELECT COUNT(*) AS n FROM membership WHERE hyperedge_id = ?").get(hyperedgeId) as {
        n: number;
      }
    ).n;
    store.db
      .prepare("INSERT INTO membership (hyperedge_id, node_id, role, position) VALUES (?, ?, 'subject', ?)")
      .run(hyperedgeId, nodeId, position);
    return { nodeId, created: true, hyperedgeId };
  });
  return run.immediate();
}
