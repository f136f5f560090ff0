import { randomUUID } from "node:crypto";
import { type MemoryStore, requireTables } from "./memory-store.js";

export interface NewNode {
  type: string;
  content: string;
  confidence: number;
  tier?: string;
  subtype?: string | null;
  provenance?: string | null;
  metadata?: Record<string, unknown>;
  /** Epoch milliseconds. */
  now: number;
}

/** Insert one node (a UUID v4 id); the FTS index follows through the layout's triggers. */
export function addNode(store: MemoryStore, node: NewNode): string {
  requireTables(store, ["nodes"], "memory_add");
  const id = randomUUID();
  store.db
    .prepare(
      `INSERT INTO nodes (id, type, subtype, content, tier, confidence, provenance, created_at, updated_at, last_accessed, access_count, metadata)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    )
    .run(
      id,
      node.type,
      node.subtype ?? null,
      node.content,
      node.tier ?? "task",
      node.confidence,
      node.provenance ?? null,
      node.now,
      node.now,
      node.now,
      JSON.stringify(node.metadata ?? {}),
    );
  return id;
}
