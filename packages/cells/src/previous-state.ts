import { closeSync, openSync } from "node:fs";
import type { CellStatus } from "@rlm/session-schema";
import { DiskView } from "./disk-view.js";
import { peekIndexGen } from "./index-file.js";
import { readJournalFd } from "./journal/journal-file.js";
import type { CellPaths } from "./paths.js";

/** What the index + journal said before a rebuild, read as tolerantly as possible. */
export interface PreviousState {
  index: "ok" | "missing" | "unreadable";
  ids: Set<string>;
  status: Map<string, { status: CellStatus; reason: string | null }>;
  /** The highest generation seen, so the rebuilt index supersedes everything. */
  gen: number;
  corruptJournalLines: number;
}

export function readPreviousState(paths: CellPaths, sessionId: string, cwd: string): PreviousState {
  const journal = readJournalTolerant(paths);
  const gen = Math.max(peekIndexGen(paths.index), journal.gen);
  try {
    const view = new DiskView(paths, sessionId, cwd);
    const status = new Map<string, { status: CellStatus; reason: string | null }>();
    for (const n of view.graph.nodes.values()) status.set(n.id, { status: n.status, reason: n.reason });
    const index = existsIndex(paths) ? "ok" : "missing";
    return {
      index,
      ids: new Set(status.keys()),
      status,
      gen: Math.max(gen, view.gen),
      corruptJournalLines: view.corruptLines,
    };
  } catch {
    return { index: "unreadable", ...journal.state, gen, corruptJournalLines: journal.corrupt };
  }
}

function existsIndex(paths: CellPaths): boolean {
  try {
    closeSync(openSync(paths.index, "r"));
    return true;
  } catch {
    return false;
  }
}

/** The journal alone (when index.json cannot be read): creates and status changes. */
function readJournalTolerant(paths: CellPaths): {
  gen: number;
  corrupt: number;
  state: Pick<PreviousState, "ids" | "status">;
} {
  const ids = new Set<string>();
  const status = new Map<string, { status: CellStatus; reason: string | null }>();
  let fd: number;
  try {
    fd = openSync(paths.journal, "r");
  } catch {
    return { gen: 0, corrupt: 0, state: { ids, status } };
  }
  try {
    const r = readJournalFd(fd, null);
    for (const e of r.entries) {
      if (e.op === "create") {
        ids.add(e.id);
        status.set(e.id, { status: e.status, reason: e.reason ?? null });
      } else if (e.op === "status") status.set(e.id, { status: e.status, reason: e.reason });
      else if (e.op === "invalidate")
        for (let i = 0; i < e.ids.length; i++)
          status.set(e.ids[i] as string, { status: "stale", reason: e.reasons[i] ?? null });
    }
    return { gen: r.header?.gen ?? 0, corrupt: r.corrupt, state: { ids, status } };
  } finally {
    closeSync(fd);
  }
}
