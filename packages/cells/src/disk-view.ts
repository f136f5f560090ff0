import { closeSync, constants, lstatSync, readdirSync, type Stats } from "node:fs";
import { CorruptFileError } from "@rlm/session-schema/core";
import type { CellGraph } from "./graph/cell-graph.js";
import { readIndex } from "./index-file.js";
import { applyEntry } from "./journal/apply-entry.js";
import type { JournalEntry } from "./journal/journal-entry.js";
import { type Appended, type JournalCursor, readJournalFd, sameFile } from "./journal/journal-file.js";
import { type CellPaths, cellIdOfFile } from "./paths.js";
import { openNoFollow } from "./read-no-follow.js";

// What this process knows of the session's DAG: index.json (generation `gen`) plus the
// journal lines of that generation read so far. `refresh()` takes no lock: it stats the
// journal and reads only the bytes appended since the last call, so a query on an
// unchanged session costs one stat. A compaction replaces the journal (new token,
// higher generation) and the view then reloads index.json.

type Stamp = Pick<Stats, "ino" | "size" | "mtimeMs">;

export class DiskView {
  graph!: CellGraph;
  gen = 0;
  /** Journal lines skipped because they did not parse (a writer killed mid-line, damage). */
  corruptLines = 0;
  /**
   * Loaded from disk (not handed over) or reloaded from a journal put back: the store then
   * looks once for cell files the index does not know (repair.ts `indexStray`).
   */
  strayCheck: boolean;
  private cursor: JournalCursor | null = null;
  private indexStamp: Stamp | null = null;

  constructor(
    private readonly paths: CellPaths,
    private readonly sessionId: string,
    private readonly cwd: string,
    preset?: { graph: CellGraph; gen: number },
  ) {
    this.strayCheck = preset === undefined;
    if (preset === undefined) this.reloadIndex();
    else {
      this.graph = preset.graph;
      this.gen = preset.gen;
      this.indexStamp = statOrNull(this.paths.index);
    }
    this.refresh();
  }

  /**
   * Catch up with the disk. `strict` (writers, under the lock) also notices an index.json
   * replaced while the journal stayed put: a compaction that crashed between writing the
   * index and replacing the journal. Appending to that journal would lose the lines.
   */
  refresh(strict = false): void {
    if (strict && !sameStamp(statOrNull(this.paths.index), this.indexStamp)) this.reloadIndex();
    for (let attempt = 0; attempt < 20; attempt++) {
      const st = statOrNull(this.paths.journal);
      if (st === null) {
        if (sameStamp(statOrNull(this.paths.index), this.indexStamp)) return;
        this.reloadIndex();
        continue;
      }
      if (this.cursor !== null && sameFile(st, this.cursor)) return;
      if (this.cursor !== null && (st.ino !== this.cursor.ino || st.size < this.cursor.offset)) {
        // A journal grows in place and is replaced only under a new token (a compaction,
        // a rebuild). Another file, or one shorter than what was read, is a copy put back
        // (cells/ restored from a backup): what was read from it no longer holds.
        this.strayCheck = true;
        this.reloadIndex();
        continue;
      }
      const outcome = this.readJournal();
      if (outcome === "done") return;
      if (outcome === "ahead") this.reloadIndex();
      if (outcome === "behind") {
        // Folded into our index already, unless index.json was replaced by a rebuild that
        // restarted the numbering: then the index is what changed.
        if (sameStamp(statOrNull(this.paths.index), this.indexStamp)) return;
        this.reloadIndex();
      }
    }
    throw new CorruptFileError(
      this.paths.journal,
      `journal continues a newer index than ${this.paths.index}`,
    );
  }

  /** Apply what we just appended under the lock; falls back to a refresh if others wrote in between. */
  applyOwn(appended: Appended, entries: readonly JournalEntry[]): void {
    const c = this.cursor;
    if (
      c !== null &&
      this.gen === appended.gen &&
      c.token === appended.token &&
      c.offset === appended.start
    ) {
      for (const e of entries) applyEntry(this.graph, e);
      this.cursor = appended.cursor;
    } else {
      this.refresh();
    }
  }

  /** Adopt a graph just written as index generation `gen` with an empty journal. */
  replace(graph: CellGraph, gen: number): void {
    this.graph = graph;
    this.gen = gen;
    this.cursor = null;
    this.indexStamp = statOrNull(this.paths.index);
    this.refresh();
  }

  private readJournal(): "done" | "ahead" | "behind" | "gone" {
    let fd: number;
    try {
      fd = openNoFollow(this.paths.journal, constants.O_RDONLY);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return "gone";
      throw err;
    }
    try {
      const r = readJournalFd(fd, this.cursor);
      // Journals are created whole, header first: one without a header is damaged, and its
      // lines (creates, stale marks) must be salvaged by a rebuild, not skipped.
      if (r.header === null && r.cursor.size > 0)
        throw new CorruptFileError(this.paths.journal, "no journal header: the journal is damaged");
      if (r.header === null || r.header.gen < this.gen) {
        // Empty, or older than our index: nothing to apply.
        this.cursor = { ...r.cursor, offset: r.cursor.size };
        return r.header === null ? "done" : "behind";
      }
      if (r.header.gen > this.gen) return "ahead";
      for (const e of r.entries) applyEntry(this.graph, e);
      this.corruptLines += r.corrupt;
      this.cursor = r.cursor;
      return "done";
    } finally {
      closeSync(fd);
    }
  }

  private reloadIndex(): void {
    this.indexStamp = statOrNull(this.paths.index);
    if (this.indexStamp === null && indexLost(this.paths))
      throw new CorruptFileError(
        this.paths.index,
        "missing while the session has cells: rebuilt from the cell files",
      );
    const { gen, graph } = readIndex(this.paths.index, this.sessionId, this.cwd);
    this.graph = graph;
    this.gen = gen;
    this.cursor = null;
  }
}

/**
 * index.json is missing. That is normal only for a session whose journal was never
 * compacted (generation 0: the journal holds every change); otherwise, if cell files
 * exist, the index was lost, and reading "no index" as "no cells" would hide them.
 */
function indexLost(paths: CellPaths): boolean {
  if (journalGen(paths.journal) === 0) return false;
  return hasCellFiles(paths.dir);
}

function journalGen(path: string): number | null {
  try {
    const fd = openNoFollow(path, constants.O_RDONLY);
    try {
      return readJournalFd(fd, null).header?.gen ?? null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

function hasCellFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => cellIdOfFile(name) !== null);
  } catch {
    return false;
  }
}

function statOrNull(path: string): Stats | null {
  return lstatSync(path, { throwIfNoEntry: false }) ?? null;
}

function sameStamp(a: Stamp | null, b: Stamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
