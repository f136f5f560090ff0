import { chmodSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import { mkdirpSync } from "@rlm/session-store";
import type { Database } from "better-sqlite3";
import { ReplError } from "../errors/repl-error.js";
import { loadSqlite, sqliteAddon } from "./load-sqlite.js";
import { MEMORY_COLUMNS, MEMORY_SCHEMA_SQL, MEMORY_TABLES } from "./memory-schema.js";

export const BUSY_TIMEOUT_MS = 5000;

/** An open memory database. */
export interface MemoryStore {
  readonly path: string;
  readonly db: Database;
  /** True when this open created the layout (the file was new or held none of its tables). */
  readonly created: boolean;
  /** Tables of the layout present in the file with the columns the operations use. */
  readonly tables: ReadonlySet<string>;
  /** Tables of the layout's names that hold another layout (columns missing): never written. */
  readonly foreign: ReadonlySet<string>;
  close(): void;
}

/**
 * Open (or create) the memory database: WAL, foreign keys on, a busy timeout so concurrent
 * writers wait instead of failing. The layout is created only when none of its tables
 * exist; an existing database is used as it is: its layout is read before anything is
 * changed, and a database that does not hold the whole layout (someone else's tables of
 * the same names, or only some of them) keeps its journal mode — only the RLM layout is
 * switched to WAL.
 */
export async function openMemoryStore(
  path: string,
  options: { readonly?: boolean } = {},
): Promise<MemoryStore> {
  const Sqlite = loadSqlite();
  if (!options.readonly) makeParent(path);
  const isNew = !existsSync(path);
  let db: Database;
  try {
    const nativeBinding = sqliteAddon();
    db = new Sqlite(path, {
      timeout: BUSY_TIMEOUT_MS,
      fileMustExist: options.readonly === true,
      ...(nativeBinding !== undefined ? { nativeBinding } : {}),
    });
  } catch (err) {
    throw new ReplError(
      "ERR_RLM_MEMORY_DB",
      `cannot open the memory database ${path}: ${(err as Error).message}`,
      {
        hint: "set RLM_MEMORY_DB to another file, or check the file's permissions",
        cause: err,
      },
    );
  }
  try {
    // Memory holds session content: a database this call creates is private, like the sessions.
    if (isNew && !options.readonly) chmodSync(path, 0o600);
    db.pragma("foreign_keys = ON");
    const { tables, foreign } = layoutTables(db);
    let created = false;
    if (tables.size === 0 && foreign.size === 0 && !options.readonly) {
      db.pragma("journal_mode = WAL");
      db.exec(`BEGIN IMMEDIATE;${MEMORY_SCHEMA_SQL}COMMIT;`);
      for (const t of MEMORY_TABLES) tables.add(t);
      created = true;
    } else if (
      !options.readonly &&
      tables.size === MEMORY_TABLES.length &&
      db.pragma("journal_mode", { simple: true }) !== "wal"
    ) {
      db.pragma("journal_mode = WAL");
    }
    return { path, db, created, tables, foreign, close: () => db.close() };
  } catch (err) {
    db.close();
    if (err instanceof ReplError) throw err;
    throw new ReplError(
      "ERR_RLM_MEMORY_DB",
      `the memory database ${path} cannot be used: ${(err as Error).message}`,
      {
        hint: "it may not be an SQLite file; set RLM_MEMORY_DB to use another one",
        cause: err,
      },
    );
  }
}

/** The layout's tables present with their columns (`tables`), and those of another shape (`foreign`). */
function layoutTables(db: Database): { tables: Set<string>; foreign: Set<string> } {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  const present = new Set(rows.map((r) => r.name));
  const tables = new Set<string>();
  const foreign = new Set<string>();
  for (const t of MEMORY_TABLES) {
    if (!present.has(t)) continue;
    const cols = new Set(
      (db.prepare(`SELECT name FROM pragma_table_info('${t}')`).all() as { name: string }[]).map(
        (c) => c.name,
      ),
    );
    (MEMORY_COLUMNS[t].every((c) => cols.has(c)) ? tables : foreign).add(t);
  }
  return { tables, foreign };
}

/**
 * The database's directory, made when missing (private). mkdirpSync, not Node's recursive
 * mkdirSync: that one loops forever where mkdir(2) answers ENOENT under an existing parent
 * (under /proc).
 */
function makeParent(path: string): void {
  const dir = dirname(path);
  try {
    mkdirpSync(dir, 0o700);
  } catch (err) {
    throw new ReplError(
      "ERR_RLM_MEMORY_DB",
      `cannot make the directory ${dir} for the memory database ${path}: ${(err as Error).message}`,
      { hint: "set RLM_MEMORY_DB to a file in a directory you can write", cause: err },
    );
  }
}

/** Throws ERR_RLM_MEMORY_DB unless the database has every table in `needed`. */
export function requireTables(store: MemoryStore, needed: readonly string[], op: string): void {
  const missing = needed.filter((t) => !store.tables.has(t));
  if (missing.length > 0) {
    const other = missing.filter((t) => store.foreign.has(t));
    const absent = missing.filter((t) => !store.foreign.has(t));
    const what = [
      ...(absent.length > 0 ? [`no ${absent.join(", ")} table`] : []),
      ...(other.length > 0 ? [`a ${other.join(", ")} table of another layout (columns missing)`] : []),
    ].join(" and ");
    throw new ReplError(
      "ERR_RLM_MEMORY_DB",
      `${op}: the memory database ${store.path} has ${what} (it was created by something else); it is left as it is`,
      { hint: "point RLM_MEMORY_DB at a database with the RLM memory layout, or at a new file" },
    );
  }
}
