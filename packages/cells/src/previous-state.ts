import { existsSync } from "node:fs";
import type { CellStatus } from "@rlm/session-schema/core";
import { CellGraph } from "./graph/cell-graph.js";
import { peekIndexGen, readIndex } from "./index-file.js";
import { applyEntry } from "./journal/apply-entry.js";
import { salvageJournal } from "./journal/journal-salvage.js";
import type { CellPaths } from "./paths.js";

/** What the index + journal said before a rebuild, read as tolerantly as possible. */
export interface PreviousState {
  index: "ok" | "missing" | "unreadable";
  ids: Set<string>;
  status: Map<string, { status: CellStatus; reason: string | null }>;
  /** The highest generation seen, so the rebuilt index supersedes everything. */
  gen: number;
  corruptJournalLines: number;
  /** Files holding bytes the rebuild would lose (an unreadable index.json, a damaged journal). */
  damaged: string[];
}

export function readPreviousState(paths: CellPaths, sessionId: string, cwd: string): PreviousState {
  const damaged: string[] = [];
  let index: PreviousState["index"] = "missing";
  let graph = new CellGraph(cwd);
  let gen = peekIndexGen(paths.index);
  if (existsSync(paths.index)) {
    try {
      const read = readIndex(paths.index, sessionId, cwd);
      graph = read.graph;
      gen = Math.max(gen, read.gen);
      index = "ok";
    } catch {
      index = "unreadable";
      damaged.push(paths.index);
    }
  }
  const journal = salvageJournal(paths.journal);
  if (journal?.damaged) damaged.push(paths.journal);
  const journalGen = journal?.header?.gen;
  // A journal older than the index is folded into it already; one without a header is
  // applied (its surviving lines are all we have).
  if (journal !== null && (journalGen === undefined || journalGen >= gen))
    for (const e of journal.entries) applyEntry(graph, e);
  const status = new Map<string, { status: CellStatus; reason: string | null }>();
  for (const n of graph.nodes.values()) status.set(n.id, { status: n.status, reason: n.reason });
  return {
    index,
    ids: new Set(status.keys()),
    status,
    gen: Math.max(gen, journalGen ?? 0),
    corruptJournalLines: journal?.corrupt ?? 0,
    damaged,
  };
}
